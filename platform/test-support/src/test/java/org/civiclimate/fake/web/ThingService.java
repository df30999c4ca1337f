package org.civiclimate.fake.web;

import org.civiclimate.fake.db.GeneratedTable;

/** Breaks the rule: a service that uses a generated class directly. */
public class ThingService {

    public Object table() {
        return new GeneratedTable();
    }
}
