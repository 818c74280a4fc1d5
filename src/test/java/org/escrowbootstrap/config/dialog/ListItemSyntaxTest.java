package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.ListSpec;
import org.junit.jupiter.api.Test;

/** List items as scripts give them: {@code --listitem}, JSON {@code listitem}, {@code --liststyle}. */
class ListItemSyntaxTest {

    private List<String> warnings = new ArrayList<>();

    private ListSpec list(String... args) {
        DialogRequest request = DialogSpecReader.read(List.of(args), name -> Optional.empty());
        warnings = new ArrayList<>(request.warnings());
        return request.spec().list();
    }

    @Test
    void cliItem_titleThenKeyValueParts() {
        ListSpec list = list(
                "--listitem", "Microsoft Office, 365,status=wait,statustext=Installing,subtitle=Word and Excel",
                "--listitem", "Zoom,icon=SF=video.fill,status=success");

        assertThat(list.items())
                .containsExactly(
                        ListItem.of("Microsoft Office, 365")
                                .withStatus(ListItem.Status.WAIT)
                                .withStatusText("Installing")
                                .withSubtitle("Word and Excel"),
                        ListItem.of("Zoom")
                                .withIcon(ImageRef.parse("SF=video.fill"))
                                .withStatus(ListItem.Status.SUCCESS));
        assertThat(warnings).isEmpty();
    }

    @Test
    void cliItem_customStatus_isASymbol() {
        ListItem item = list("--listitem", "A,status=star.fill-orange").items().get(0);

        assertThat(item.status()).isEqualTo(ListItem.Status.CUSTOM);
        assertThat(((ImageRef.Symbol) item.customStatus()).name()).isEqualTo("star.fill");
    }

    @Test
    void jsonItems_titlesOrObjects_andTheListStyle() {
        ListSpec list = list(
                "--jsonstring",
                "{\"listitem\": [\"Plain\", {\"title\": \"Rich\", \"status\": \"progress\", \"progress\": 40,"
                        + "  \"statustext\": \"40 %\"}], \"liststyle\": \"compact\"}");

        assertThat(list.items())
                .containsExactly(
                        ListItem.of("Plain"),
                        ListItem.of("Rich").withProgress(40).withStatusText("40 %"));
        assertThat(list.style()).isEqualTo(ListSpec.Style.COMPACT);
    }

    @Test
    void unknownKeysAndStyles_areOneWarningEach() {
        ListSpec list = list(
                "--listitem",
                "A,status=wait",
                "--jsonstring",
                "{\"listitem\": [{\"title\": \"B\", \"colour\": \"red\"}]}",
                "--liststyle",
                "tall");

        assertThat(list.items()).containsExactly(ListItem.of("B"));
        assertThat(list.style()).isEqualTo(ListSpec.Style.DEFAULT);
        assertThat(warnings)
                .containsExactly(
                        "listitem: unknown key \"colour\"; ignored",
                        "--liststyle \"tall\" is not expanded or compact; ignored");
    }
}
