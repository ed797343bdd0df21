package org.zhijian.system.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts an audit row into words for the change history: field and action labels (a record type may
 * name a field its own way: field.Hazard.level before field.level), and values as a reader knows
 * them: referenced records by name, codes by their label, true/false as 是/否, lists joined.
 * Snapshots store ids and enum names (they must survive renames), so this happens when shown.
 */
@Component
class AuditWords {

    private static final String DISTRICTS = "select id, name_zh, name_en from district where id in (:ids)";
    private static final String USERS = "select id, display_name, display_name from app_user where id in (:ids)";
    private static final String PRODUCTS = "select id, name, name_en from product_category where id in (:ids)";

    /** Fields holding ids of other records: the query of (id, Chinese name, English name). */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("districtId", DISTRICTS), Map.entry("districtIds", DISTRICTS), Map.entry("quotas", DISTRICTS),
            Map.entry("userId", USERS), Map.entry("samplerIds", USERS),
            Map.entry("categoryId", PRODUCTS), Map.entry("categoryIds", PRODUCTS),
            Map.entry("enterpriseId", "select id, name, name from enterprise where id in (:ids)"),
            Map.entry("planId", "select id, title, title from spot_check_plan where id in (:ids)"),
            Map.entry("campaignId", "select id, name, name from risk_campaign where id in (:ids)"),
            Map.entry("riskPointId", "select id, place_name, place_name from risk_point where id in (:ids)"));

    /** Fields holding enum names: the message prefix of their labels, by "Type.field" or "*.field". */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("ProductionLicence.status", "licence.status."),
            Map.entry("Enterprise.status", "enterprise.status."),
            Map.entry("RiskCampaign.status", "risk.campaign.status."),
            Map.entry("RandomDraw.status", "risk.draw.status."),
            Map.entry("Hazard.status", "risk.hazard.status."),
            Map.entry("SamplingBatch.status", "spotcheck.status."),
            Map.entry("Hazard.level", "risk.hazard.level."),
            Map.entry("*.level", "spotcheck.level."),
            Map.entry("*.industry", "industry."),
            Map.entry("*.industries", "industry."),
            Map.entry("*.grade", "risk.grade."),
            Map.entry("*.method", "risk.method."),
            Map.entry("*.placeKind", "risk.place."),
            Map.entry("*.computedClass", "risk.class."),
            Map.entry("*.overrideClass", "risk.class."),
            Map.entry("*.supervisionClass", "risk.class."),
            Map.entry("EnterpriseIncident.kind", "risk.incident.kind."),
            Map.entry("*.verdict", "spotcheck.verdict."),
            Map.entry("*.riskClass", "catalogue.risk."),
            Map.entry("*.role", "role."));

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern ENTRY = Pattern.compile("(\\d+)=([^,}]*)");

    private final MessageSource messages;
    private final NamedParameterJdbcTemplate jdbc;

    AuditWords(MessageSource messages, NamedParameterJdbcTemplate jdbc) {
        this.messages = messages;
        this.jdbc = jdbc;
    }

    String fieldLabel(String type, String field, Locale locale) {
        return either("field." + type + "." + field, "field." + field, field, locale);
    }

    String actionLabel(String type, String action, Locale locale) {
        return either("audit.action." + type + "." + action, "audit.action." + action, action, locale);
    }

    /** Who acted, by display name: the audit row keeps the username, which may be a bare code. */
    Map<String, String> actorNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            jdbc.query("select username, display_name from app_user where username in (:names)",
                    new MapSqlParameterSource("names", usernames), rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    });
        }
        return names;
    }

    /** A stored value in words; null stays null. */
    Object value(String type, String field, Object value, Locale locale) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean || "true".equals(value) || "false".equals(value)) {
            return messages.getMessage(Boolean.parseBoolean(value.toString()) ? "audit.value.yes" : "audit.value.no",
                    null, locale);
        }
        String names = NAMES.get(field);
        if (names != null) {
            return named(names, value, locale);
        }
        String prefix = CODES.getOrDefault(type + "." + field, CODES.get("*." + field));
        if (prefix != null) {
            return joined(items(value).stream()
                    .map(v -> messages.getMessage(prefix + v, null, v, locale)).toList(), locale);
        }
        if (value instanceof Collection<?> list) {
            return joined(list.stream().map(String::valueOf).toList(), locale);
        }
        return value;
    }

    /** Ids replaced by names; a map of ids ("{9=50, 10=40}", plan quotas) keeps each id's value. */
    private String named(String sql, Object value, Locale locale) {
        String text = value.toString();
        boolean isMap = text.startsWith("{");
        Matcher m = (isMap ? ENTRY : NUMBER).matcher(text);
        List<String[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(isMap ? new String[] {m.group(1), m.group(2).strip()} : new String[] {m.group(), null});
        }
        if (found.isEmpty()) {
            return text;
        }
        Map<Long, String> byId = names(sql, found.stream().map(f -> Long.valueOf(f[0])).distinct().toList(), locale);
        return joined(found.stream().map(f -> {
            String name = byId.getOrDefault(Long.valueOf(f[0]), f[0]);
            return f[1] == null ? name : name + " " + f[1];
        }).toList(), locale);
    }

    private Map<Long, String> names(String sql, List<Long> ids, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<Long, String> byId = new HashMap<>();
        jdbc.query(sql, new MapSqlParameterSource("ids", ids),
                rs -> {
                    byId.put(rs.getLong(1), rs.getString(english ? 3 : 2));
                });
        return byId;
    }

    /** The items of a list value: a JSON list, "[A, B]" or "A,B". */
    private static List<String> items(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        String text = value.toString().strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String joined(List<String> parts, Locale locale) {
        return parts.stream().collect(Collectors.joining(messages.getMessage("audit.value.separator", null, "、",
                locale)));
    }

    private String either(String specific, String general, String fallback, Locale locale) {
        String s = messages.getMessage(specific, null, null, locale);
        return s != null ? s : messages.getMessage(general, null, fallback, locale);
    }
}
