namespace NavLederprogram.Development;

public static class DevelopmentConsts
{
    public const int TitleMax = 200;
    public const int TextMax = 4000;
    public const int NoteMax = 8000;
    public const int CodeMax = 40;
    public const int UnitMax = 40;
    public const int PlaceMax = 300;
    public const int LinkMax = 1000;
    /// <summary>Goals one plan may hold: a plan with more is no longer a plan anyone follows.</summary>
    public const int MaxGoals = 20;
    public const int MinSessionMinutes = 15;
    public const int MaxSessionMinutes = 480;
    /// <summary>The largest number an indicator value may be (a count of users or an amount), well beyond any office's figures.</summary>
    public const decimal MaxNumber = 1_000_000_000m;
    /// <summary>Rows one CSV import may hold: 20 indicators for every office for five years of months is far less.</summary>
    public const int MaxImportRows = 50_000;
    public const int MinFeedbackInvitees = 5;
    public const int DefaultMinimumAnswers = 5;
    public const int LowestMinimumAnswers = 3;
}
