package org.zhijian.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.PostProcessingAction;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.StepCommand;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;
import org.zhijian.system.security.Role;

/**
 * From a failed batch to a decision: the inspector finds the clue on the batch page, the head opens
 * the case, the inspector records the notice, the statement and the decision, and the head sees the
 * case and its fine on the enforcement figures and the dashboard.
 */
class EnforcementJourneyBrowserTests extends BrowserTests {

    @Autowired BatchService batches;
    @Autowired SpotCheckTestData data;

    @Test
    void fromAFailedBatchToADecisionTheHeadSeesOnTheDashboard() {
        Long districtId = fixtures.district().getId();
        Enterprise enterprise = fixtures.enterprise(districtId, Industry.WOOD_PANEL);
        ProductCategory product = data.woodPanel();
        User inspector = fixtures.user(Role.INSPECTOR, districtId);
        User second = fixtures.user(Role.INSPECTOR, districtId);
        User head = fixtures.user(Role.HEAD, districtId);
        LocalDate today = batches.today();
        SamplingBatch failed = fixtures.as(Fixtures.details(inspector), () -> {
            SamplingBatch b = batches.record(data.sampling(enterprise, product, inspector, second,
                    today.minusDays(60)), today.minusDays(50), "BG1", data.results(product, "0.3"));
            SamplingBatch n = batches.advance(b.getId(), b.getVersion(), new StepCommand(PostProcessingAction.NOTIFY,
                    today.minusDays(45), null, null, null, null));
            return batches.advance(b.getId(), n.getVersion(), new StepCommand(
                    PostProcessingAction.ORDER_RECTIFICATION, today.minusDays(29), today.plusDays(10), null, null,
                    null));
        });

        logIn(inspector.getUsername(), Fixtures.PASSWORD);
        driver.get(url("/spotchecks/batches/" + failed.getId()));
        WebElement panel = driver.findElement(By.id("related-records"));
        assertThat(panel.getText()).contains("案件线索", "待核查");
        click(By.cssSelector("#related-records a[href*='/enforcement/clues/']"));
        wait.until(ExpectedConditions.urlMatches(".*/enforcement/clues/\\d+$"));
        String clueUrl = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("clue-source")).getText()).contains("监督抽查不合格");
        assertThat(driver.findElements(By.id("open-case"))).as("only the head decides").isEmpty();

        driver.manage().deleteAllCookies();
        logIn(head.getUsername(), Fixtures.PASSWORD);
        driver.get(clueUrl);
        click(By.id("officer-" + inspector.getId()));
        click(By.id("officer-" + second.getId()));
        driver.findElement(By.id("legalBasis")).sendKeys("《中华人民共和国产品质量法》第四十九条");
        driver.findElement(By.id("reason")).sendKeys("抽查不合格属实,依法立案");
        click(By.id("open-case"));
        wait.until(ExpectedConditions.urlMatches(".*/enforcement/cases/\\d+$"));
        String caseUrl = driver.getCurrentUrl();
        String caseNumber = driver.findElement(By.id("case-number")).getText();
        assertThat(caseNumber).contains("市监立〔");

        driver.manage().deleteAllCookies();
        logIn(inspector.getUsername(), Fixtures.PASSWORD);
        driver.get(caseUrl);
        click(By.id("action-ISSUE_NOTICE"));
        click(By.id("kind-FINE"));
        driver.findElement(By.id("fine")).sendKeys("5000");
        driver.findElement(By.id("penaltyContent")).sendKeys("罚款人民币伍仟元");
        click(By.id("step-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "已告知"));
        assertThat(driver.findElement(By.id("download-notice")).isDisplayed()).isTrue();

        click(By.id("action-RECORD_STATEMENT"));
        driver.findElement(By.id("note")).sendKeys("当事人放弃陈述申辩");
        click(By.id("step-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-steps"), "当事人放弃陈述申辩"));

        click(By.id("action-DECIDE"));
        click(By.id("step-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "已作出决定"));
        assertThat(driver.findElement(By.id("case-document-number")).getText()).matches(".*市监处罚〔\\d{4}〕1号");

        driver.manage().deleteAllCookies();
        logIn(head.getUsername(), Fixtures.PASSWORD);
        driver.get(url("/enforcement/statistics"));
        assertThat(driver.findElement(By.id("total-opened")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.id("total-imposed")).getText()).isEqualTo("5000.00");
        driver.get(url("/dashboard"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enforcement-panel")));
        assertThat(driver.findElement(By.id("enf-opened")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.id("enf-imposed")).getText()).isEqualTo("5000.00");
    }

    private void click(By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + "arguments[0].click();", element);
    }
}
