package org.civiclimate.fake.db;

/** Stands for a generated jOOQ class. */
public class GeneratedTable {}
