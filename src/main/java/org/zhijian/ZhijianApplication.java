package org.zhijian;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ZhijianApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZhijianApplication.class, args);
    }
}
