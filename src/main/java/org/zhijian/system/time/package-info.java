/** Calendars for statutory deadlines: working days with the official holidays. */
package org.zhijian.system.time;
