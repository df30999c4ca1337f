package org.civiclimate.fake.web;

import org.civiclimate.fake.db.GeneratedTable;

/** Keeps the rule: only a repository uses generated classes. */
public class ThingRepository {

    public Object table() {
        return new GeneratedTable();
    }
}
