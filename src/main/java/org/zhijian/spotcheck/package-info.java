/**
 * Supervision spot checks (监督抽查): plans, sampled batches and their results, post-processing of failures,
 * pass rates, agency imports and public announcements.
 */
@ApplicationModule(displayName = "Spot checks")
package org.zhijian.spotcheck;

import org.springframework.modulith.ApplicationModule;
