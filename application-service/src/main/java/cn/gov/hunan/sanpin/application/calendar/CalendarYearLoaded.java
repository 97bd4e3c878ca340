package cn.gov.hunan.sanpin.application.calendar;

/** A year's days were replaced; fired inside the transaction, observed once it has committed. */
record CalendarYearLoaded(int year) {
}
