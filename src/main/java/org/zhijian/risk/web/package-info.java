/** Risk pieces shown on other features' pages. */
package org.zhijian.risk.web;
