--liquibase formatted sql

--changeset civiclimate:0001-create-emission-factor
--comment: Versioned reference data shared by every commune (not tenant tables): emission factors per energy carrier, in t CO2 per MWh.
CREATE TABLE emission_factor_set (
    id       text    PRIMARY KEY,
    name     text    NOT NULL,
    approach text    NOT NULL CHECK (approach IN ('IPCC', 'LCA')),
    source   text    NOT NULL,
    version  integer NOT NULL
);
CREATE TABLE emission_factor (
    set_id        text          NOT NULL REFERENCES emission_factor_set (id),
    carrier       text          NOT NULL,
    t_co2_per_mwh numeric(8, 4) NOT NULL CHECK (t_co2_per_mwh >= 0),
    PRIMARY KEY (set_id, carrier)
);
-- Reference data is read, never written, by the service.
REVOKE INSERT, UPDATE, DELETE ON emission_factor_set, emission_factor FROM ${appRole};

--changeset civiclimate:0002-insert-ipcc-2006-factors
--comment: IPCC 2006 default emission factors for stationary combustion (DOMAIN.md); renewable carriers count 0.
INSERT INTO emission_factor_set (id, name, approach, source, version)
VALUES ('ipcc-2006', 'IPCC 2006 default factors', 'IPCC', '2006 IPCC Guidelines for National Greenhouse Gas Inventories, vol. 2', 1);
INSERT INTO emission_factor (set_id, carrier, t_co2_per_mwh) VALUES
    ('ipcc-2006', 'natural_gas', 0.202),
    ('ipcc-2006', 'liquid_gas', 0.227),
    ('ipcc-2006', 'heating_oil', 0.267),
    ('ipcc-2006', 'diesel', 0.267),
    ('ipcc-2006', 'gasoline', 0.249),
    ('ipcc-2006', 'residual_fuel_oil', 0.279),
    ('ipcc-2006', 'lignite', 0.364),
    ('ipcc-2006', 'coal', 0.341),
    ('ipcc-2006', 'anthracite', 0.354),
    ('ipcc-2006', 'biogas', 0),
    ('ipcc-2006', 'plant_oil', 0),
    ('ipcc-2006', 'biofuel', 0),
    ('ipcc-2006', 'other_biomass', 0),
    ('ipcc-2006', 'solar_thermal', 0),
    ('ipcc-2006', 'geothermal', 0);
