package org.civiclimate.fake.web;

/** Keeps the rules: a command-line tool may print. */
public final class ThingCommand {

    private ThingCommand() {}

    public static void main(String[] args) {
        System.out.println("thing");
    }
}
