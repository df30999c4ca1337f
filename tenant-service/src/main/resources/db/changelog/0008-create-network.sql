--liquibase formatted sql

--changeset civiclimate:0008-create-network
--comment: Networks of communes (e.g. a regional Covenant of Mayors coordinator) and their coordinators. Not tenant tables: a network spans communes; its name is public, its coordinators are its own.
CREATE TABLE network (
    id          uuid        PRIMARY KEY,
    slug        text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$'),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description text        NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE network_coordinator (
    network_id   uuid        NOT NULL REFERENCES network (id),
    user_id      text        NOT NULL,
    appointed_by text        NOT NULL,
    appointed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (network_id, user_id)
);
CREATE INDEX network_coordinator_user ON network_coordinator (user_id);

--changeset civiclimate:0008-create-coordinates-network splitStatements:false
--comment: Whether the acting user coordinates the network: lets coordinators read what member communes share with it.
CREATE FUNCTION coordinates_network(network uuid) RETURNS boolean
    LANGUAGE sql STABLE
AS $$ SELECT EXISTS (SELECT 1 FROM network_coordinator c WHERE c.network_id = network AND c.user_id = current_user_id()) $$;

--changeset civiclimate:0008-create-network-member
--comment: A commune's place in a network: invited by the network, requested by the commune, or member once the other side accepted; and, per indicator group, whether the commune shares it with the network. Tenant tables, which the network's coordinators may also read.
CREATE TABLE network_member (
    commune_id uuid        NOT NULL REFERENCES commune (id),
    network_id uuid        NOT NULL REFERENCES network (id),
    status     text        NOT NULL CHECK (status IN ('INVITED', 'REQUESTED', 'MEMBER')),
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, network_id)
);
CREATE INDEX network_member_network ON network_member (network_id);
SELECT isolate_by_commune('network_member');
CREATE POLICY network_coordinators ON network_member FOR SELECT USING (coordinates_network(network_id));

CREATE TABLE network_consent (
    commune_id      uuid        NOT NULL,
    network_id      uuid        NOT NULL,
    indicator_group text        NOT NULL CHECK (indicator_group IN ('PLAN', 'ASSEMBLY', 'ALLOWANCES')),
    granted_by      text        NOT NULL,
    granted_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, network_id, indicator_group),
    FOREIGN KEY (commune_id, network_id) REFERENCES network_member (commune_id, network_id) ON DELETE CASCADE
);
SELECT isolate_by_commune('network_consent');
CREATE POLICY network_coordinators ON network_consent FOR SELECT USING (coordinates_network(network_id));
