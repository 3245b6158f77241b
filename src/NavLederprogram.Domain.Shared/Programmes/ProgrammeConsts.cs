namespace NavLederprogram.Programmes;

public static class ProgrammeConsts
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxPlaceLength = 300;
    public const int MaxCapacity = 500;
    public const int MaxGatheringMinutes = 3 * 24 * 60;
    public const int MaxDueDays = 365;
    public const int MaxAnswerLength = 20000;
    /// <summary>Days before a gathering or a deadline that participants are reminded.</summary>
    public static readonly int[] ReminderDays = [7, 1];
}
