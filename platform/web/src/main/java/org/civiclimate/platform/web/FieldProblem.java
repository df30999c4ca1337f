package org.civiclimate.platform.web;

/** What is wrong with one field of a request: its JSON path (or parameter name) and why. */
public record FieldProblem(String field, String detail) {}
