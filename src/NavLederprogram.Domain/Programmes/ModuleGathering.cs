using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public class ModuleGathering
{
    public Guid Id { get; private set; }
    public TranslatedText Title { get; private set; } = TranslatedText.Empty;
    public GatheringFormat Format { get; private set; }
    public int DurationMinutes { get; private set; }

    private ModuleGathering() { }

    internal ModuleGathering(Guid id, TranslatedText title, GatheringFormat format, int durationMinutes)
    {
        Id = id;
        Title = title;
        Format = format;
        DurationMinutes = durationMinutes;
    }
}
