package org.zhijian.system.jpa;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Bounds how long the PostgreSQL driver may wait on an unreachable server, so a
 * network outage fails requests in seconds instead of hanging them. Given here
 * rather than as {@code spring.datasource.hikari.data-source-properties} because
 * the embedded H2 default refuses settings it does not know.
 */
@Configuration(proxyBeanMethods = false)
class PostgresTimeouts {

    @Bean
    static BeanPostProcessor postgresDriverTimeouts(Environment env) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                        && DatabaseDriver.fromJdbcUrl(pool.getJdbcUrl()) == DatabaseDriver.POSTGRESQL) {
                    setIfAbsent(pool, "connectTimeout", seconds(env, "zhijian.datasource.connect-timeout"));
                    setIfAbsent(pool, "loginTimeout", seconds(env, "zhijian.datasource.connect-timeout"));
                    setIfAbsent(pool, "socketTimeout", seconds(env, "zhijian.datasource.socket-timeout"));
                    setIfAbsent(pool, "tcpKeepAlive", "true");
                }
                return bean;
            }
        };
    }

    private static String seconds(Environment env, String property) {
        return String.valueOf(env.getRequiredProperty(property, Duration.class).toSeconds());
    }

    /** A value given in the JDBC URL or the pool's data source properties wins. */
    private static void setIfAbsent(HikariDataSource pool, String name, String value) {
        if (!pool.getJdbcUrl().contains(name + "=") && !pool.getDataSourceProperties().containsKey(name)) {
            pool.addDataSourceProperty(name, value);
        }
    }
}
