using NavLederprogram.Entities;

namespace NavLederprogram.Competence;

public class ScaleLevel
{
    public Guid ScaleId { get; private set; }
    public int Level { get; private set; }
    public LocalizedText Name { get; private set; } = LocalizedText.Empty;

    private ScaleLevel() { }

    public ScaleLevel(Guid scaleId, int level, LocalizedText name)
    {
        ScaleId = scaleId;
        Level = level;
        Name = name;
    }

    public void Rename(LocalizedText name) => Name = name;
}
