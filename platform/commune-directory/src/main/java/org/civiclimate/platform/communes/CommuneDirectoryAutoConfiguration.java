package org.civiclimate.platform.communes;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Provides the replicated directory and members, and lets only members into a commune's routes, unless the
 * application has its own directory (tenant-service, the source of both, does).
 */
@AutoConfiguration(
        beforeName = "org.civiclimate.platform.tenancy.TenancyAutoConfiguration",
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnMissingBean(org.civiclimate.platform.tenancy.CommuneDirectory.class)
class CommuneDirectoryAutoConfiguration {

    @Bean
    ReplicatedCommunes replicatedCommunes(DataSource dataSource) {
        return new ReplicatedCommunes(JdbcClient.create(dataSource));
    }

    @Bean
    CommuneMembers communeMembers(DataSource dataSource, PlatformTransactionManager transactionManager) {
        var transactions = new TransactionTemplate(transactionManager);
        transactions.setReadOnly(true);
        return new CommuneMembers(JdbcClient.create(dataSource), transactions);
    }

    @Bean
    CommuneAccess communeAccess(CommuneMembers members) {
        return new CommuneAccess(members);
    }

    @Bean
    WebMvcConfigurer membersOnly(CommuneMembers members) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new MembersOnly(members)).addPathPatterns("/api/communes/**");
            }
        };
    }
}
