package org.zhijian.enterprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.SocialCreditCode;
import org.zhijian.region.domain.District;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;

/** An admin registers an enterprise in the browser, mistypes the check character, fixes it, finds it, reads it in English. */
class EnterpriseJourneyBrowserTests extends BrowserTests {

    @Test
    void registerWithAWrongCheckCharacterThenCorrectItFindItAndSwitchToEnglish() {
        District district = fixtures.district();
        User admin = fixtures.user(Role.ADMIN, district.getId());
        SocialCreditCode code = Fixtures.uniqueCreditCode();
        String wrong = code.value().substring(0, 17) + (code.value().charAt(17) == 'A' ? "B" : "A");
        String name = "浏览器测试" + Fixtures.next() + "有限公司";

        logIn(admin.getUsername(), Fixtures.PASSWORD);
        driver.get(url("/enterprises/new"));
        driver.findElement(By.id("name")).sendKeys(name);
        driver.findElement(By.id("creditCode")).sendKeys(wrong.toLowerCase());
        new Select(driver.findElement(By.id("industry"))).selectByValue("TOY");
        driver.findElement(By.id("save")).click();

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("creditCode-error")));
        assertThat(error.getText()).contains("校验位错误").contains("第18位应为“" + code.value().charAt(17) + "”");
        assertThat(driver.findElement(By.id("creditCode")).getDomProperty("value")).isEqualTo(wrong.toLowerCase());
        assertThat(driver.findElement(By.id("name")).getDomProperty("value")).isEqualTo(name);

        WebElement field = driver.findElement(By.id("creditCode"));
        field.clear();
        field.sendKeys(code.value());
        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("enterprise-name"), name));
        assertThat(driver.findElement(By.id("credit-code")).getText()).isEqualTo(code.value());

        driver.get(url("/enterprises"));
        driver.findElement(By.id("q")).sendKeys(name);
        driver.findElement(By.id("search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("enterprise-table"), name));
        assertThat(driver.findElement(By.id("result-count")).getText()).isEqualTo("共 1 条");

        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Enterprises"));
        assertThat(driver.findElement(By.id("result-count")).getText()).isEqualTo("1 found");
        assertThat(driver.findElement(By.id("enterprise-table")).getText()).contains(name).contains("Toys");
    }
}
