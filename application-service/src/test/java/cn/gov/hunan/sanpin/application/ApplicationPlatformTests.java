package cn.gov.hunan.sanpin.application;

import cn.gov.hunan.sanpin.testing.ServicePlatformTests;

@ApplicationServiceTest
class ApplicationPlatformTests extends ServicePlatformTests {

    @Override
    protected String contract() {
        return "application.yaml";
    }
}
