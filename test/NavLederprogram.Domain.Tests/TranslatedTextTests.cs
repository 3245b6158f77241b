using NavLederprogram.Localization;
using NavLederprogram.Programmes;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

public class TranslatedTextTests
{
    private static readonly TranslatedText Title = new("Lederrollen", "Leiarrolla", null);

    [Theory]
    [InlineData("nn", "Leiarrolla", "nn", false)]
    [InlineData("nn-NO", "Leiarrolla", "nn", false)]
    [InlineData("nb", "Lederrollen", "nb", false)]
    [InlineData("nb-NO", "Lederrollen", "nb", false)]
    [InlineData("en", "Lederrollen", "nb", true)]
    [InlineData("en-GB", "Lederrollen", "nb", true)]
    public void A_reader_gets_their_language_or_bokmal_marked_as_a_fallback(string culture, string text, string language, bool fallback) =>
        Title.Resolve(culture).ShouldBe(new ResolvedText(text, language, fallback));

    [Fact]
    public void A_language_the_service_does_not_speak_reads_bokmal_as_the_default_not_as_a_fallback() =>
        Title.Resolve("de-DE").ShouldBe(new ResolvedText("Lederrollen", "nb", false));

    [Fact]
    public void A_blank_translation_counts_as_none_and_texts_are_trimmed()
    {
        var text = new TranslatedText("  Samling ", "   ", " Gathering ");
        (text.Nb, text.Nn, text.En).ShouldBe(("Samling", null, "Gathering"));
        text.Resolve("nn").ShouldBe(new ResolvedText("Samling", "nb", true));
        text.Resolve("en").ShouldBe(new ResolvedText("Gathering", "en", false));
    }

    [Fact]
    public void A_new_draft_copies_every_language_of_every_module_text()
    {
        var version = ProgrammeVersionTests.Published(modules: 1);
        var by = new Actor(Guid.NewGuid(), "Kari");
        var draft = version.CopyAsDraft(Guid.NewGuid(), 2, by, DateTime.UtcNow);
        var content = ProgrammeVersionTests.Module("Modul") with
        {
            Title = new TranslatedText("Modul", "Modul på nynorsk", "Module in English"),
            ReflectionTasks = [new ReflectionContent(null, new TranslatedText("Hva lærte du?", "Kva lærte du?", "What did you learn?"))],
        };
        draft.ChangeModule(draft.Modules[0].Id, content, by, DateTime.UtcNow);

        var next = draft.CopyAsDraft(Guid.NewGuid(), 3, by, DateTime.UtcNow);
        next.Modules[0].Title.ShouldBe(new TranslatedText("Modul", "Modul på nynorsk", "Module in English"));
        next.Modules[0].ReflectionTasks[0].Prompt.Resolve("en").Text.ShouldBe("What did you learn?");
        next.Modules[0].ReflectionTasks[0].Id.ShouldBe(draft.Modules[0].ReflectionTasks[0].Id);
    }
}
