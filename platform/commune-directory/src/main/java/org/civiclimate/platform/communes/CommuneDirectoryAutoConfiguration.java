package org.civiclimate.platform.communes;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Provides the replicated directory, unless the application has its own (tenant-service does). */
@AutoConfiguration(
        beforeName = "org.civiclimate.platform.tenancy.TenancyAutoConfiguration",
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
class CommuneDirectoryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(org.civiclimate.platform.tenancy.CommuneDirectory.class)
    ReplicatedCommunes replicatedCommunes(DataSource dataSource) {
        return new ReplicatedCommunes(JdbcClient.create(dataSource));
    }
}
