package org.civiclimate.fake.web;

import org.civiclimate.fake.db.GeneratedTable;

/** Breaks two rules: a service that uses a generated class directly, and prints instead of logging. */
public class ThingService {

    public Object table() {
        System.out.println("table");
        return new GeneratedTable();
    }
}
