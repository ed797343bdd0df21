/** The enterprise side (企业端): enterprise users act on their own enterprise's records inside the law's windows. */
@ApplicationModule(displayName = "Enterprise portal")
package org.zhijian.portal;

import org.springframework.modulith.ApplicationModule;
