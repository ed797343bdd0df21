package org.zhijian.demo;

/**
 * A feature's part of the demo city. Called once, after the foundation's
 * districts, users, enterprises and licences exist, in {@link #order()}.
 */
public interface DemoDataContributor {

    void contribute(DemoCity city);

    default int order() {
        return 100;
    }
}
