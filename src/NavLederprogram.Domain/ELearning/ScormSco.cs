namespace NavLederprogram.ELearning;

/// <summary>An entry of a package's table of contents (child of <see cref="ScormPackage"/>); launchable when it has an href.</summary>
public class ScormSco
{
    public string Identifier { get; private set; } = "";
    public int Order { get; private set; }
    public int Level { get; private set; }
    public string Title { get; private set; } = "";
    public string? Href { get; private set; }
    public string? Parameters { get; private set; }
    public string? LaunchData { get; private set; }
    public decimal? MasteryScore { get; private set; }
    public decimal? ScaledPassingScore { get; private set; }

    private ScormSco() { }

    internal ScormSco(ScormItem item, int order)
    {
        Identifier = item.Identifier;
        Order = order;
        Level = item.Level;
        Title = item.Title;
        Href = item.Href;
        Parameters = item.Parameters;
        LaunchData = item.LaunchData;
        MasteryScore = item.MasteryScore;
        ScaledPassingScore = item.ScaledPassingScore;
    }

    /// <summary>The launch path with the item's parameters appended as the content packaging specification says.</summary>
    public string LaunchPath
    {
        get
        {
            if (Href is null || string.IsNullOrEmpty(Parameters)) return Href ?? "";
            var parameters = Parameters.TrimStart('?', '&');
            if (Parameters.StartsWith('#')) return Href.Contains('#') ? Href : Href + Parameters;
            return Href.Contains('?') ? $"{Href}&{parameters}" : $"{Href}?{parameters}";
        }
    }
}
