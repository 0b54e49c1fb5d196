package de.kommunale2030.plattform.inference;

import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAI chat-completions format: the request the gateway sends and the text it reads back. */
final class ChatCompletions {

    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * {@code {"model", "messages": [system, user], "temperature": 0}}: temperature 0 because an
     * explanation of a notice should not vary between two requests for the same notice.
     */
    byte[] request(String model, Prompt prompt) {
        var body = json.createObjectNode();
        body.put("model", model);
        var messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", prompt.instructions());
        messages.addObject().put("role", "user").put("content", prompt.content());
        body.put("temperature", 0);
        return json.writeValueAsBytes(body);
    }

    /** {@code choices[0].message.content}, if the answer has it as non-blank text. */
    Optional<String> answer(byte[] body) {
        try {
            var content = json.readTree(body).path("choices").path(0).path("message").path("content");
            return content.isString() && !content.stringValue().isBlank() ? Optional.of(content.stringValue())
                    : Optional.empty();
        }
        catch (JacksonException e) {
            // The parser's message may quote the answer, so it goes nowhere.
            return Optional.empty();
        }
    }
}
