package org.zhijian.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrSvgTests {

    @Test
    void theSvgReadsBackAsTheLink() throws Exception {
        String link = "https://zhijian.example.gov.cn/spotchecks/batches/4711";
        String svg = QrSvg.of(link);
        assertThat(svg).startsWith("<svg").doesNotContain("<script");

        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1)) - 8; // the quiet zone, 4 modules each side
        BitMatrix modules = new BitMatrix(size);
        Matcher dark = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (dark.find()) {
            modules.set(Integer.parseInt(dark.group(1)) - 4, Integer.parseInt(dark.group(2)) - 4);
        }
        assertThat(new Decoder().decode(modules).getText()).isEqualTo(link);
    }
}
