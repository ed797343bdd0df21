package org.zhijian.system.web;

import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Temporals;

/**
 * Templates' {@code #temporals} in the bureau's time zone (the application clock's), so a moment
 * such as an audit entry's {@code occurredAt} shows Beijing time on a server that runs in UTC.
 * Thymeleaf's own {@code #temporals} uses the JVM default zone; a dialect added after the standard
 * one takes over the name.
 */
@Component
class BusinessZoneTemporals extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "temporals";

    private final Clock clock;

    BusinessZoneTemporals(Clock clock) {
        super("zhijian-business-zone-temporals");
        this.clock = clock;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? new Temporals(context.getLocale(), clock.getZone()) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
