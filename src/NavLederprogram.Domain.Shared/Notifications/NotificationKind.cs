namespace NavLederprogram.Notifications;

/// <summary>What a notification is about. Each user chooses per kind whether it also comes by e-mail.</summary>
public enum NotificationKind
{
    /// <summary>Applied, nominated, enrolled, waitlisted, promoted from the waitlist, withdrawn.</summary>
    Enrolment = 1,
    /// <summary>A cohort opened, started, was cancelled or completed; a module unlocked; the schedule moved.</summary>
    Cohort = 2,
    /// <summary>Before a gathering or an assignment deadline.</summary>
    Reminder = 3,
    /// <summary>A facilitator approved or returned an assignment.</summary>
    Feedback = 4,
    /// <summary>A certificate was issued.</summary>
    Certificate = 5,
    /// <summary>A programme version awaits approval or was published.</summary>
    ProgrammeApproval = 6,
    /// <summary>Competence evidence expires soon.</summary>
    CompetenceExpiry = 7,
    /// <summary>The audit log's chain was found broken: for system admins.</summary>
    Security = 8,
    /// <summary>One's user account: an invite or a link to set a new password.</summary>
    Account = 9,
}
