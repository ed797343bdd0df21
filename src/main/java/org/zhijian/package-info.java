/** Zhijian (质监): case management for product-quality regulators. */
package org.zhijian;
