/** Industrial product production licences (工业产品生产许可证): numbers, states, expiry and renewal. */
@ApplicationModule(displayName = "Licences")
package org.zhijian.licence;

import org.springframework.modulith.ApplicationModule;
