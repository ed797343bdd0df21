package org.zhijian.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.support.PostgresIntegrationTests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public API is a contract: its OpenAPI document, apart from descriptions and
 * examples, must equal the recorded one in {@code src/test/resources/openapi}. A
 * deliberate API change re-records it with {@code -Dopenapi.record=true} and shows
 * up as a diff in review.
 */
class OpenApiDocumentTests extends PostgresIntegrationTests {

    static final Path RECORDED = Path.of("src/test/resources/openapi/api-docs.json");

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Autowired
    MockMvc mvc;

    @Test
    void theApiIsTheRecordedOne() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String actual = canonical(JSON.readTree(body));
        if (Boolean.getBoolean("openapi.record")) {
            Files.writeString(RECORDED, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(RECORDED));
    }

    /** Sorted keys, without the prose (descriptions, summaries, examples) and the server address. */
    static String canonical(JsonNode document) throws IOException {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        copy.remove("servers");
        strip(copy);
        Object tree = JSON.treeToValue(copy, Map.class);
        return JSON.writeValueAsString(tree) + "\n";
    }

    static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("description");
            object.remove("summary");
            object.remove("example");
            object.remove("examples");
        }
        node.forEach(OpenApiDocumentTests::strip);
    }
}
