package org.zhijian.system.security;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.audit.AuditTrail;

/**
 * The one place that decides what the current user may see and change. Services
 * call it; controllers and templates never decide (ScopingRulesTests keeps it so).
 * It answers four questions, always for whoever makes the current request:
 * <ul>
 * <li>may they do this at all ({@link #require}: the role matrix, {@link Action}; 403 otherwise);</li>
 * <li>which district a list is limited to ({@link #districtFilter}, {@link #narrow});</li>
 * <li>may they see this record ({@link #checkDistrict}, {@link #checkEnterprise}): a record of another
 * district answers 404, as if it did not exist, and the attempt is kept in the audit trail;</li>
 * <li>which of these records they may see ({@link #visible}).</li>
 * </ul>
 * A user bound to one enterprise (issue 13) passes only the enterprise check, and only for their own
 * enterprise: every district check refuses them, and district-filtered lists are empty for them.
 */
@Component
public class AccessGuard {

    private final AuditTrail audit;

    AccessGuard(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * The current user's scope as a value, for work that outlives the request (an import
     * running in the background) and for rules of an aggregate that take it as an argument.
     */
    public AccessScope scope() {
        return CurrentUser.scope();
    }

    /** The current user's id (null for the system itself). */
    public Long userId() {
        return scope().userId();
    }

    /** The enterprise an enterprise user is bound to; null for a bureau user. */
    public Long ownEnterprise() {
        return scope().enterpriseId();
    }

    /** Whether the current user sees the whole city. */
    public boolean isCityWide() {
        return scope().isCityWide();
    }

    /** The district a district user is confined to; null for a city-level user. */
    public Long ownDistrict() {
        return scope().districtId();
    }

    /** Whether the role matrix lets the current user do that (to offer only what they may do). */
    public boolean may(Action action) {
        return scope().may(action);
    }

    /** Refuses (403) what the role matrix does not let the current user do. */
    public void require(Action action) {
        scope().require(action);
    }

    /** The district filter for list queries: null means city-wide (no filter). */
    public Long districtFilter() {
        return scope().districtFilter();
    }

    /** A requested district filter narrowed to what the user may see: a district user always gets their own. */
    public Long narrow(Long requestedDistrictId) {
        return scope().narrow(requestedDistrictId);
    }

    /** Whether the current user may see records of that district (no 404: for choices and filters). */
    public boolean covers(Long districtId) {
        return scope().covers(districtId);
    }

    /** Whether the current user may see records in any of these districts (a campaign, a plan's quotas). */
    public boolean coversAny(Collection<Long> districtIds) {
        AccessScope scope = scope();
        return scope.isCityWide() || !scope.isEnterpriseUser() && districtIds.contains(scope.districtId());
    }

    /** The records of this list the current user may see, by the district each belongs to. */
    public <T> List<T> visible(Collection<T> records, Function<T, Long> districtOf) {
        AccessScope scope = scope();
        return records.stream().filter(r -> scope.covers(districtOf.apply(r))).toList();
    }

    /** A record of one district: 404 for a user of another district, and the attempt is audited. */
    public void checkDistrict(Long recordDistrictId, String entityType, Long entityId) {
        checkVisible(covers(recordDistrictId), recordDistrictId, entityType, entityId);
    }

    /**
     * A record that belongs to an enterprise (a licence, a risk point, a hazard): visible where the
     * enterprise is. An enterprise user will see only their own enterprise's records.
     */
    public void checkEnterprise(Long enterpriseId, Long enterpriseDistrictId, String entityType, Long entityId) {
        checkVisible(scope().coversEnterprise(enterpriseId, enterpriseDistrictId), enterpriseDistrictId, entityType,
                entityId);
    }

    /**
     * As {@link #checkDistrict}, for records whose visibility is not one district (a plan is seen by
     * its own district and by every district it gives a quota): the caller says whether it is visible.
     */
    public void checkVisible(boolean visible, Long recordDistrictId, String entityType, Long entityId) {
        if (!visible) {
            audit.recordDenied(scope(), recordDistrictId, entityType, entityId);
            throw new NotFoundException(entityType, entityId);
        }
    }
}
