package cn.gov.hunan.sanpin.application.documents;

/** How text sits in its line or cell. */
public enum Align { LEFT, CENTER, RIGHT }
