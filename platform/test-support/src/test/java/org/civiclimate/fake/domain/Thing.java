package org.civiclimate.fake.domain;

import org.springframework.util.Assert;

/** Breaks the rule: a domain type that depends on Spring. */
public record Thing(String name) {

    public Thing {
        Assert.hasText(name, "name");
    }
}
