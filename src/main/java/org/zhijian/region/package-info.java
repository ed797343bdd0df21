/** Districts (区/县局) of the city: every record belongs to one through its enterprise. */
package org.zhijian.region;
