/**
 * The demo city (台州市) loaded on first start in the embedded default mode:
 * districts, accounts for every role, enterprises, licences; later features add
 * theirs through {@link org.zhijian.demo.DemoDataContributor}. Never active in
 * the prod profile.
 */
@ApplicationModule(displayName = "Demo city")
package org.zhijian.demo;

import org.springframework.modulith.ApplicationModule;
