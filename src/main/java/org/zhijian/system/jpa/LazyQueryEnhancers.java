package org.zhijian.system.jpa;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Spring Data parses every {@code @Query} with its own ANTLR grammar when it creates a repository
 * (for sorting, count queries and projections), before the application answers; on two cores that
 * was about a tenth of a start. This keeps Spring Data's own enhancer for every query and only
 * parses it the first time a query needs it. Hibernate still checks every query at start, so a
 * broken query still stops the start.
 */
@Component
class LazyQueryEnhancers implements BeanPostProcessor {

    private static final QueryEnhancerSelector SELECTOR =
            query -> new LazyFactory(QueryEnhancerSelector.DEFAULT_SELECTOR.select(query));

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> factory) {
            factory.setQueryEnhancerSelectorSource(SELECTOR);
        }
        return bean;
    }

    private record LazyFactory(QueryEnhancerFactory delegate) implements QueryEnhancerFactory {

        @Override
        public boolean supports(DeclaredQuery query) {
            return delegate.supports(query);
        }

        @Override
        public QueryEnhancer create(QueryProvider query) {
            return new LazyEnhancer(SingletonSupplier.of(() -> delegate.create(query)), query);
        }
    }

    private record LazyEnhancer(SingletonSupplier<QueryEnhancer> parsed, QueryProvider query)
            implements QueryEnhancer {

        @Override
        public boolean isSelectQuery() {
            return parsed.obtain().isSelectQuery();
        }

        @Override
        public boolean hasConstructorExpression() {
            return parsed.obtain().hasConstructorExpression();
        }

        @Override
        public String detectAlias() {
            return parsed.obtain().detectAlias();
        }

        @Override
        public String getProjection() {
            return parsed.obtain().getProjection();
        }

        @Override
        public QueryProvider getQuery() {
            return query;
        }

        @Override
        public String rewrite(QueryRewriteInformation rewriteInformation) {
            return parsed.obtain().rewrite(rewriteInformation);
        }

        @Override
        public String createCountQueryFor(String countProjection) {
            return parsed.obtain().createCountQueryFor(countProjection);
        }
    }
}
