namespace NavLederprogram.Organisation;

/// <summary>Where an accepted HR import is: waiting for the job, being written, written, or stopped by an error.</summary>
public enum HrImportState
{
    Queued = 0,
    Running = 1,
    Completed = 2,
    Failed = 3,
}
