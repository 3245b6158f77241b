using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public class ModuleReflectionTask
{
    public Guid Id { get; private set; }
    public TranslatedText Prompt { get; private set; } = TranslatedText.Empty;

    private ModuleReflectionTask() { }

    internal ModuleReflectionTask(Guid id, TranslatedText prompt)
    {
        Id = id;
        Prompt = prompt;
    }
}
