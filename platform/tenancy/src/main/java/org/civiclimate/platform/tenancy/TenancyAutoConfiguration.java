package org.civiclimate.platform.tenancy;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.TransactionManager;

/**
 * Replaces Boot's JDBC transaction manager with one that applies the current commune to every transaction, and binds
 * the commune of commune-scoped requests.
 */
@AutoConfiguration(
        after = DataSourceAutoConfiguration.class,
        before = DataSourceTransactionManagerAutoConfiguration.class)
class TenancyAutoConfiguration {

    /** After Spring Security's filter chain (order -100), before the servlet. */
    static final int COMMUNE_FILTER_ORDER = -90;

    @Bean
    @ConditionalOnSingleCandidate(DataSource.class)
    @ConditionalOnMissingBean(TransactionManager.class)
    CommuneTransactionManager transactionManager(
            DataSource dataSource,
            ObjectProvider<CurrentUser> currentUser,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        var transactionManager =
                new CommuneTransactionManager(dataSource, currentUser.getIfAvailable(() -> CurrentUser.NONE));
        customizers.ifAvailable(c -> c.customize(transactionManager));
        return transactionManager;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnBean(CommuneDirectory.class)
    static class CommuneRequestConfiguration {

        @Bean
        FilterRegistrationBean<CommuneRequestFilter> communeRequestFilter(CommuneDirectory directory) {
            var registration = new FilterRegistrationBean<>(new CommuneRequestFilter(directory));
            registration.setOrder(COMMUNE_FILTER_ORDER);
            return registration;
        }
    }
}
