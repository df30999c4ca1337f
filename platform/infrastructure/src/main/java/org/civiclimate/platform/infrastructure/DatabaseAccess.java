package org.civiclimate.platform.infrastructure;

/**
 * How a service reaches its database: the owner role runs the migrations, the application role runs everything else
 * and is subject to row-level security.
 */
public record DatabaseAccess(
        String jdbcUrl, String ownerUser, String ownerPassword, String appUser, String appPassword) {

    @Override
    public String toString() {
        return "DatabaseAccess[" + jdbcUrl + ", owner=" + ownerUser + ", app=" + appUser + "]";
    }
}
