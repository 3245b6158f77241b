namespace NavLederprogram;

/// <summary>
/// The days the system accepts from users. Deadlines, renewals and calendar ranges add months and days to what a user
/// gives; bounding the input keeps that arithmetic far from DateOnly's limits (0001-01-01 and 9999-12-31).
/// </summary>
public static class SupportedDates
{
    public static readonly DateOnly Min = new(1900, 1, 1);
    public static readonly DateOnly Max = new(2199, 12, 31);

    public static bool Contains(DateOnly day) => day >= Min && day <= Max;
}
