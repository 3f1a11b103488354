# Tab completion for seen in fish, written from seen's command declarations by
# 'seen completions fish'.
# Keep it: seen completions fish > ~/.config/fish/completions/seen.fish
# Try it:  seen completions fish | source

# True when no command has been typed yet.
function __seen_needs_command
    test (count (commandline -opc)) -eq 1
end

# True when the command typed is $argv[1].
function __seen_command
    set -l words (commandline -opc)
    test (count $words) -ge 2; and test "$words[2]" = "$argv[1]"
end

# The options of command $argv[1] that take a value.
function __seen_value_options
    switch $argv[1]
        case review
            printf '%s\n' '--answers' '--set' '--action' '--case' '--role' '--date' '--cohort' '--scenario' '--resume' '--again' '--no-longer-in-babys-life' '--save' '--format' '-o' '--output' '--width' '--content' '--local' '--detail'
        case report
            printf '%s\n' '--format' '-o' '--output' '--width' '--content' '--local' '--detail'
        case sheet
            printf '%s\n' '--format' '-o' '--output' '--men' '--content' '--local'
        case supervise
            printf '%s\n' '--role' '--date' '--comment' '--discussed' '--men-discussed' '--fear-raised' '--fear-about' '--support' '--action' '--answers' '--team' '--format' '-o' '--output' '--content' '--local'
        case actions
            printf '%s\n' '--format' '--owner' '--due-before' '-o' '--output' '--width' '--content' '--local' '--note' '--on' '--reason'
        case compare
            printf '%s\n' '--format' '-o' '--output' '--width' '--content' '--local'
        case combine
            printf '%s\n' '--format' '--match' '-o' '--output' '--width' '--content' '--local'
        case summary
            printf '%s\n' '--format' '--by' '--baseline' '-o' '--output' '--content' '--local'
        case scenarios
            printf '%s\n' '--format' '-o' '--output' '--width' '--content' '--local'
        case workshop
            printf '%s\n' '--format' '--pack' '--minutes' '--part' '--width' '-o' '--output' '--content' '--local'
        case content
            printf '%s\n' '--format' '-o' '--output' '--width' '--content' '--local' '--check'
    end
end

# True when the word being completed is argument $argv[2] of command $argv[1] (1 for the
# first after the command; 2+ for the second or any after it).
function __seen_argument
    set -l words (commandline -opc)
    test (count $words) -ge 2; and test "$words[2]" = "$argv[1]"; or return 1
    set -l value_options (__seen_value_options $argv[1])
    set -l position 1
    set -l skip 0
    set -l ended 0
    for word in $words[3..-1]
        if test $skip -eq 1
            set skip 0
        else if test $ended -eq 0 -a "$word" = --
            set ended 1
        else if test $ended -eq 0; and string match -q -- '-?*' $word
            contains -- $word $value_options; and set skip 1
        else
            set position (math $position + 1)
        end
    end
    set -l wanted (string trim -r -c + -- $argv[2])
    if string match -q -- '*+' $argv[2]
        test $position -ge $wanted
    else
        test $position -eq $wanted
    end
end

# Review records: *.json files, and the folders to find them in.
function __seen_records
    set -l files (complete -C "__fish_command_without_completions "(commandline -ct))
    string match -r -- '^[^\t]*(?:\.json|/)(?:\t.*)?$' $files
end

# Files are offered only where a file is expected.
complete -c seen -f
complete -c seen -n __seen_needs_command -a 'review' -d 'Review one case and print its gap report.'
complete -c seen -n __seen_needs_command -a 'report' -d 'Print the gap report of a saved review.'
complete -c seen -n __seen_needs_command -a 'sheet' -d 'Print a reflection sheet for supervision, blank or filled from a saved review.'
complete -c seen -n __seen_needs_command -a 'supervise' -d 'Record a supervision of a saved review; --team lists the cases that need attention.'
complete -c seen -n __seen_needs_command -a 'actions' -d 'List the agreed actions of saved reviews, overdue first; mark one done or dropped.'
complete -c seen -n __seen_needs_command -a 'compare' -d 'Show what changed between two reviews of one case.'
complete -c seen -n __seen_needs_command -a 'combine' -d 'Put several agencies\' reviews of one baby\'s case side by side.'
complete -c seen -n __seen_needs_command -a 'summary' -d 'Summarise many saved reviews into team figures.'
complete -c seen -n __seen_needs_command -a 'scenarios' -d 'List the training scenarios, or show one.'
complete -c seen -n __seen_needs_command -a 'workshop' -d 'Print a workshop\'s participant or facilitator pack for a training scenario, its plan, or the group debrief.'
complete -c seen -n __seen_needs_command -a 'content' -d 'Show the review\'s content that seen uses, with the source of every item.'
complete -c seen -n __seen_needs_command -a 'help' -d 'Show help for seen or one of its commands.'
complete -c seen -n __seen_needs_command -a 'completions' -d 'Print the Tab-completion script for bash, zsh or fish.'
complete -c seen -n __seen_needs_command -a 'man' -d 'Print seen\'s manual page, for the man command.'
complete -c seen -n __seen_needs_command -s h -l help -d 'Show help information.'
complete -c seen -n __seen_needs_command -l version -d 'Show the version.'

# seen review
complete -c seen -n '__seen_command review' -l answers -x -a '(__seen_records)' -d 'Start from this review record (JSON), or - for standard input.'
complete -c seen -n '__seen_command review' -l set -x -d 'Set one answer, as MAN.ITEM=ANSWER[:note] or ITEM=ANSWER[:note].'
complete -c seen -n '__seen_command review' -l action -x -d 'Agree an action, as "WHAT|FOR|OWNER|DUE" (WHAT may be an item\'s id).'
complete -c seen -n '__seen_command review' -l case -x -d 'The case reference (not a name).'
complete -c seen -n '__seen_command review' -l role -x -d 'Your role, such as "Health visitor", or your own words.'
complete -c seen -n '__seen_command review' -l date -x -d 'The date of the review, as you write it.'
complete -c seen -n '__seen_command review' -l cohort -x -d 'A workshop group or period, such as "Workshop 2026-11 before".'
complete -c seen -n '__seen_command review' -l scenario -x -a 'father-ab wiltshire derbyshire care-leaver' -d 'Start from a training scenario\'s answer key (what was known at the time), for facilitators; participants add --blank.'
complete -c seen -n '__seen_command review' -l blank -d 'With --scenario: start from the scenario\'s men and case details with no answers (a workshop participant\'s own review).'
complete -c seen -n '__seen_command review' -l resume -x -a '(__seen_records)' -d 'Continue a saved review at its first unanswered item, saving back to it.'
complete -c seen -n '__seen_command review' -l again -x -a '(__seen_records)' -d 'Start a re-review of this saved review: a new record that follows it, saved beside it as a new file.'
complete -c seen -n '__seen_command review' -l keep-earlier -d 'With --again in a script: keep every earlier answer (without it, none carries over).'
complete -c seen -n '__seen_command review' -l no-longer-in-babys-life -x -d 'With --again: this man (label or number) is no longer in the baby\'s life; he stays listed, marked with today\'s date.'
complete -c seen -n '__seen_command review' -l no-input -d 'Never ask questions; report on what the answers file and --set give.'
complete -c seen -n '__seen_command review' -l interactive -d 'Ask line by line even when standard input is not a terminal (for screen readers and scripts).'
complete -c seen -n '__seen_command review' -l save -x -a '(__seen_records)' -d 'Save the review record to this file (mode 0600).'
complete -c seen -n '__seen_command review' -l fail-on-gaps -d 'Exit with status 1 when the review has any gap (for scripts).'
complete -c seen -n '__seen_command review' -l quiet -d 'Without questions (--no-input): print no gap report, only a note on standard error of the file saved (--save), such as a workshop participant\'s confidence level.'
complete -c seen -n '__seen_command review' -l format -x -a 'text markdown json html pdf' -d 'The output format.'
complete -c seen -n '__seen_command review' -s o -l output -r -F -d 'Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.'
complete -c seen -n '__seen_command review' -l force -d 'Replace files that already exist.'
complete -c seen -n '__seen_command review' -l no-color -d 'Never colour the output (NO_COLOR does the same).'
complete -c seen -n '__seen_command review' -l no-pager -d 'Print straight to the terminal.'
complete -c seen -n '__seen_command review' -l width -x -d 'Wrap text to this many columns (default: the terminal\'s width, or 80).'
complete -c seen -n '__seen_command review' -l content -x -a '(__fish_complete_directories)' -d 'Use the content files in this folder instead of the built-in content.'
complete -c seen -n '__seen_command review' -l local -r -F -d 'Add your partnership\'s local procedures and contacts from this file (seen-local/1).'
complete -c seen -n '__seen_command review' -l no-local -d 'Use no local file, even if SEEN_LOCAL or the configuration folder names one.'
complete -c seen -n '__seen_command review' -l include-sensitive -d 'Print the notes marked sensitive (domestic abuse, the mother\'s disclosures, safety reasons); they are left out otherwise.'
complete -c seen -n '__seen_command review' -l detail -x -a 'brief full' -d 'How much the gap report says: brief (each gap with its next step, a screen or two) or full (each step in full, with why each item matters and what it rests on).'
complete -c seen -n '__seen_command review' -s h -l help -d 'Show help information.'

# seen report
complete -c seen -n '__seen_command report' -l format -x -a 'text markdown json html pdf' -d 'The output format.'
complete -c seen -n '__seen_command report' -s o -l output -r -F -d 'Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.'
complete -c seen -n '__seen_command report' -l force -d 'Replace files that already exist.'
complete -c seen -n '__seen_command report' -l no-color -d 'Never colour the output (NO_COLOR does the same).'
complete -c seen -n '__seen_command report' -l no-pager -d 'Print straight to the terminal.'
complete -c seen -n '__seen_command report' -l width -x -d 'Wrap text to this many columns (default: the terminal\'s width, or 80).'
complete -c seen -n '__seen_command report' -l content -x -a '(__fish_complete_directories)' -d 'Use the content files in this folder instead of the built-in content.'
complete -c seen -n '__seen_command report' -l local -r -F -d 'Add your partnership\'s local procedures and contacts from this file (seen-local/1).'
complete -c seen -n '__seen_command report' -l no-local -d 'Use no local file, even if SEEN_LOCAL or the configuration folder names one.'
complete -c seen -n '__seen_command report' -l include-sensitive -d 'Print the notes marked sensitive (domestic abuse, the mother\'s disclosures, safety reasons); they are left out otherwise.'
complete -c seen -n '__seen_command report' -l detail -x -a 'brief full' -d 'How much the gap report says: brief (each gap with its next step, a screen or two) or full (each step in full, with why each item matters and what it rests on).'
complete -c seen -n '__seen_command report' -l fail-on-gaps -d 'Exit with status 1 when the review has any gap (for scripts).'
complete -c seen -n '__seen_command report' -s h -l help -d 'Show help information.'
complete -c seen -n '__seen_argument report 1' -x -a '(__seen_records)'  # <file>

# seen sheet
complete -c seen -n '__seen_command sheet' -l format -x -a 'text markdown html pdf' -d 'The output format.'
complete -c seen -n '__seen_command sheet' -s o -l output -r -F -d 'Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.'
complete -c seen -n '__seen_command sheet' -l force -d 'Replace files that already exist.'
complete -c seen -n '__seen_command sheet' -l men -x -d 'Columns for this many men on a blank sheet (1 to 6).'
complete -c seen -n '__seen_command sheet' -l leaders -d 'The service design sheet for partnership leaders (18.4).'
complete -c seen -n '__seen_command sheet' -l include-sensitive -d 'Print the notes marked sensitive (domestic abuse, the mother\'s disclosures, safety reasons); they are left out otherwise.'
complete -c seen -n '__seen_command sheet' -l no-color -d 'Never colour the output (NO_COLOR does the same).'
complete -c seen -n '__seen_command sheet' -l content -x -a '(__fish_complete_directories)' -d 'Use the content files in this folder instead of the built-in content.'
complete -c seen -n '__seen_command sheet' -l local -r -F -d 'Add your partnership\'s local procedures and contacts from this file (seen-local/1).'
complete -c seen -n '__seen_command sheet' -l no-local -d 'Use no local file, even if SEEN_LOCAL or the configuration folder names one.'
complete -c seen -n '__seen_command sheet' -s h -l help -d 'Show help information.'
complete -c seen -n '__seen_argument sheet 1' -x -a '(__seen_records)'  # <file>

# seen supervise
complete -c seen -n '__seen_command supervise' -l role -x -d 'The supervisor\'s role, one of the roles an action can have ("Team manager"), never a name.'
complete -c seen -n '__seen_command supervise' -l date -x -d 'The day of the supervision: year-month-day, today or yesterday (default: today).'
complete -c seen -n '__seen_command supervise' -l comment -x -d 'A comment or challenge, as "ITEM|FOR|TEXT" (ITEM a checklist item\'s id, FOR a man; either may be empty; a bar in TEXT is written \\|).'
complete -c seen -n '__seen_command supervise' -l discussed -x -d 'An item discussed, as ITEM or "ITEM|FOR" (or "|FOR" for a man).'
complete -c seen -n '__seen_command supervise' -l men-discussed -x -a 'yes no' -d 'Were the men in the case discussed?'
complete -c seen -n '__seen_command supervise' -l fear-raised -x -a 'yes no' -d 'Was any fear or anxiety about working with a man raised?'
complete -c seen -n '__seen_command supervise' -l fear-about -x -d 'Whom the fear raised was about, for the sheet\'s box for each man: a man\'s number or label (several with commas), all, or none (not about one man).'
complete -c seen -n '__seen_command supervise' -l support -x -d 'The support agreed: co-working, joint-visits, reflective-supervision, "other: WORDS" (several with commas).'
complete -c seen -n '__seen_command supervise' -l action -x -d 'Agree an action, as "WHAT|FOR|OWNER|DUE" (WHAT may be an item\'s id; a bar in WHAT is written \\|).'
complete -c seen -n '__seen_command supervise' -l answers -r -F -d 'A supervision kept elsewhere, as JSON (seen-supervision/1); options add to its lists, and an answer both give must agree.'
complete -c seen -n '__seen_command supervise' -l team -x -a '(__fish_complete_directories)' -d 'List the cases in this folder of reviews that need attention, instead of supervising one.'
complete -c seen -n '__seen_command supervise' -l format -x -a 'text markdown json csv' -d 'With --team: the output format.'
complete -c seen -n '__seen_command supervise' -s o -l output -r -F -d 'Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.'
complete -c seen -n '__seen_command supervise' -l force -d 'With --team and -o: replace a file that exists.'
complete -c seen -n '__seen_command supervise' -l content -x -a '(__fish_complete_directories)' -d 'Use the content files in this folder instead of the built-in content.'
complete -c seen -n '__seen_command supervise' -l local -r -F -d 'Add your partnership\'s local procedures and contacts from this file (seen-local/1).'
complete -c seen -n '__seen_command supervise' -l no-local -d 'Use no local file, even if SEEN_LOCAL or the configuration folder names one.'
complete -c seen -n '__seen_command supervise' -s h -l help -d 'Show help information.'
complete -c seen -n '__seen_argument supervise 1' -x -a '(__seen_records)'  # <file>

# seen actions
complete -c seen -n '__seen_command actions' -l format -x -a 'text markdown json html pdf csv' -d 'The output format.'
complete -c seen -n '__seen_command actions' -l owner -x -d 'Only the actions this role owns, in any case ("health visitor"): one of the content\'s roles.'
complete -c seen -n '__seen_command actions' -l open -d 'Only the actions still open (overdue ones included).'
complete -c seen -n '__seen_command actions' -l due-before -x -d 'Only the actions due before this day: year-month-day, or a time from today such as "in 2 weeks".'
complete -c seen -n '__seen_command actions' -l include-sensitive -d 'Show every action\'s words, note and reason; without it they are left out where a safety condition is recorded in the review, or where the action comes from a sensitive item (domestic abuse, the mother\'s disclosures).'
complete -c seen -n '__seen_command actions' -l strict -d 'Stop with an error at the first file that is not a valid review record.'
complete -c seen -n '__seen_command actions' -l all-versions -d 'List the actions of every review of a re-review chain, each with its review\'s date.'
complete -c seen -n '__seen_command actions' -s o -l output -r -F -d 'Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.'
complete -c seen -n '__seen_command actions' -l force -d 'Replace files that already exist.'
complete -c seen -n '__seen_command actions' -l width -x -d 'Wrap text to this many columns (default: the terminal\'s width, or 80).'
complete -c seen -n '__seen_command actions' -l no-color -d 'Never colour the output (NO_COLOR does the same).'
complete -c seen -n '__seen_command actions' -l content -x -a '(__fish_complete_directories)' -d 'Use the content files in this folder instead of the built-in content.'
complete -c seen -n '__seen_command actions' -l local -r -F -d 'Add your partnership\'s local procedures and contacts from this file (seen-local/1).'
complete -c seen -n '__seen_command actions' -l no-local -d 'Use no local file, even if SEEN_LOCAL or the configuration folder names one.'
complete -c seen -n '__seen_command actions' -l note -x -d 'With done: what was done, kept with the action.'
complete -c seen -n '__seen_command actions' -l on -x -d 'With done: the day it was done, year-month-day, today or yesterday (default: today).'
complete -c seen -n '__seen_command actions' -l reason -x -d 'With drop (and needed there): why it is no longer to be done.'
complete -c seen -n '__seen_command actions' -s h -l help -d 'Show help information.'
complete -c seen -n '__seen_argument actions 1+' -x -a '(__seen_records)'  # <path>

# seen compare
complete -c seen -n '__seen_command compare' -l format -x -a 'text markdown json html pdf' -d 'The output format.'
complete -c seen -n '__seen_command compare' -s o -l output -r -F -d 'Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.'
complete -c seen -n '__seen_command compare' -l force -d 'Replace files that already exist.'
complete -c seen -n '__seen_command compare' -l no-color -d 'Never colour the output (NO_COLOR does the same).'
complete -c seen -n '__seen_command compare' -l no-pager -d 'Print straight to the terminal.'
complete -c seen -n '__seen_command compare' -l width -x -d 'Wrap text to this many columns (default: the terminal\'s width, or 80).'
complete -c seen -n '__seen_command compare' -l content -x -a '(__fish_complete_directories)' -d 'Use the content files in this folder instead of the built-in content.'
complete -c seen -n '__seen_command compare' -l local -r -F -d 'Add your partnership\'s local procedures and contacts from this file (seen-local/1).'
complete -c seen -n '__seen_command compare' -l no-local -d 'Use no local file, even if SEEN_LOCAL or the configuration folder names one.'
complete -c seen -n '__seen_command compare' -l include-sensitive -d 'Show the words of actions left out where a safety condition is recorded or where they come from a sensitive item.'
complete -c seen -n '__seen_command compare' -l force-pair -d 'Compare two records even when their case references differ.'
complete -c seen -n '__seen_command compare' -s h -l help -d 'Show help information.'
complete -c seen -n '__seen_argument compare 1' -x -a '(__seen_records)'  # <old>
complete -c seen -n '__seen_argument compare 2' -x -a '(__seen_records)'  # <new>

# seen combine
complete -c seen -n '__seen_command combine' -l format -x -a 'text markdown json html pdf' -d 'The output format.'
complete -c seen -n '__seen_command combine' -l match -x -d 'These men of different reviews are one man: REVIEW:MAN=REVIEW:MAN (more with =), a review by its number or role, a man by his label or number.'
complete -c seen -n '__seen_command combine' -l no-auto-match -d 'Take no man as the same without --match, not even a birth father with the same label.'
complete -c seen -n '__seen_command combine' -l no-input -d 'Never ask whether two men are the same man.'
complete -c seen -n '__seen_command combine' -l interactive -d 'Ask line by line whether two men are the same man, even when standard input is not a terminal.'
complete -c seen -n '__seen_command combine' -s o -l output -r -F -d 'Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.'
complete -c seen -n '__seen_command combine' -l force -d 'Replace files that already exist.'
complete -c seen -n '__seen_command combine' -l no-color -d 'Never colour the output (NO_COLOR does the same).'
complete -c seen -n '__seen_command combine' -l no-pager -d 'Print straight to the terminal.'
complete -c seen -n '__seen_command combine' -l width -x -d 'Wrap text to this many columns (default: the terminal\'s width, or 80).'
complete -c seen -n '__seen_command combine' -l content -x -a '(__fish_complete_directories)' -d 'Use the content files in this folder instead of the built-in content.'
complete -c seen -n '__seen_command combine' -l local -r -F -d 'Add your partnership\'s local procedures and contacts from this file (seen-local/1).'
complete -c seen -n '__seen_command combine' -l no-local -d 'Use no local file, even if SEEN_LOCAL or the configuration folder names one.'
complete -c seen -n '__seen_command combine' -l include-sensitive -d 'Show every note and the answers to the safety items, left out by default.'
complete -c seen -n '__seen_command combine' -s h -l help -d 'Show help information.'
complete -c seen -n '__seen_argument combine 1+' -x -a '(__seen_records)'  # <file>

# seen summary
complete -c seen -n '__seen_command summary' -l format -x -a 'text markdown csv json html pdf' -d 'The output format.'
complete -c seen -n '__seen_command summary' -l by -x -a 'role date month quarter year cohort relationship' -d 'Split the figures by this field of the records, the groups side by side (with the difference when there are two): the reviewer\'s role (as the content lists it, in any case), the date, the month, quarter or year of the date (a date that is not year-month-day goes with the reviews without one, and is counted), the cohort, or the men\'s relationship to the baby (a review counts in the group of each relationship it records a man of, so the groups can add up to more than the reviews; there, figures about men count only the men of that relationship, case items and per-review figures the whole review; reviews with no man recorded are "No man recorded").'
complete -c seen -n '__seen_command summary' -l baseline -x -d 'With --by: the group to put first, the one the difference is counted from (the second group\'s share minus the baseline\'s); with more than two groups it just comes first, in the tables and in JSON and CSV.'
complete -c seen -n '__seen_command summary' -l no-suppress -d 'Show every figure, exactly, for use within the team only.'
complete -c seen -n '__seen_command summary' -l all-versions -d 'Count every review of a re-review chain.'
complete -c seen -n '__seen_command summary' -l strict -d 'Stop with an error at the first file that is not a valid review record.'
complete -c seen -n '__seen_command summary' -s o -l output -r -F -d 'Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.'
complete -c seen -n '__seen_command summary' -l force -d 'Replace files that already exist.'
complete -c seen -n '__seen_command summary' -l content -x -a '(__fish_complete_directories)' -d 'Use the content files in this folder instead of the built-in content.'
complete -c seen -n '__seen_command summary' -l local -r -F -d 'Add your partnership\'s local procedures and contacts from this file (seen-local/1).'
complete -c seen -n '__seen_command summary' -l no-local -d 'Use no local file, even if SEEN_LOCAL or the configuration folder names one.'
complete -c seen -n '__seen_command summary' -s h -l help -d 'Show help information.'
complete -c seen -n '__seen_argument summary 1+' -x -a '(__seen_records)'  # <path>

# seen scenarios
complete -c seen -n '__seen_command scenarios' -l format -x -a 'text markdown json html pdf' -d 'The output format.'
complete -c seen -n '__seen_command scenarios' -s o -l output -r -F -d 'Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.'
complete -c seen -n '__seen_command scenarios' -l force -d 'Replace files that already exist.'
complete -c seen -n '__seen_command scenarios' -l no-color -d 'Never colour the output (NO_COLOR does the same).'
complete -c seen -n '__seen_command scenarios' -l no-pager -d 'Print straight to the terminal.'
complete -c seen -n '__seen_command scenarios' -l width -x -d 'Wrap text to this many columns (default: the terminal\'s width, or 80).'
complete -c seen -n '__seen_command scenarios' -l content -x -a '(__fish_complete_directories)' -d 'Use the content files in this folder instead of the built-in content.'
complete -c seen -n '__seen_command scenarios' -l local -r -F -d 'Add your partnership\'s local procedures and contacts from this file (seen-local/1).'
complete -c seen -n '__seen_command scenarios' -l no-local -d 'Use no local file, even if SEEN_LOCAL or the configuration folder names one.'
complete -c seen -n '__seen_command scenarios' -s h -l help -d 'Show help information.'
complete -c seen -n '__seen_argument scenarios 1' -x -a 'list show'  # <action>
complete -c seen -n '__seen_argument scenarios 2' -x -a 'father-ab wiltshire derbyshire care-leaver'  # <name>

# seen workshop
complete -c seen -n '__seen_command workshop' -l format -x -a 'text markdown csv json html pdf' -d 'The output format (a pack: text, markdown, html or pdf; a plan also json; a debrief also json and csv).'
complete -c seen -n '__seen_command workshop' -l pack -x -a 'participant facilitator key' -d 'Which pack to print.'
complete -c seen -n '__seen_command workshop' -l steps -d 'Print the facilitator\'s plan alone instead of a pack.'
complete -c seen -n '__seen_command workshop' -l minutes -x -a '45 90 120' -d 'The session\'s length, for --steps or --pack facilitator.'
complete -c seen -n '__seen_command workshop' -l no-suppress -d 'With debrief: show every count exactly, for the facilitator only (otherwise small numbers are withheld as in seen summary).'
complete -c seen -n '__seen_command workshop' -l part -x -a 'confidence gaps all' -d 'With debrief: the confidence alone, the gaps alone, or all.'
complete -c seen -n '__seen_command workshop' -l width -x -d 'Wrap text to this many columns (default: the terminal\'s width, or 80).'
complete -c seen -n '__seen_command workshop' -s o -l output -r -F -d 'Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.'
complete -c seen -n '__seen_command workshop' -l force -d 'Replace files that already exist.'
complete -c seen -n '__seen_command workshop' -l no-color -d 'Never colour the output (NO_COLOR does the same).'
complete -c seen -n '__seen_command workshop' -l content -x -a '(__fish_complete_directories)' -d 'Use the content files in this folder instead of the built-in content.'
complete -c seen -n '__seen_command workshop' -l local -r -F -d 'Add your partnership\'s local procedures and contacts from this file (seen-local/1).'
complete -c seen -n '__seen_command workshop' -l no-local -d 'Use no local file, even if SEEN_LOCAL or the configuration folder names one.'
complete -c seen -n '__seen_command workshop' -s h -l help -d 'Show help information.'
complete -c seen -n '__seen_argument workshop 1' -x -a 'debrief father-ab wiltshire derbyshire care-leaver'  # <scenario>
complete -c seen -n '__seen_argument workshop 2' -x -a 'father-ab wiltshire derbyshire care-leaver'  # <name>
complete -c seen -n '__seen_argument workshop 3' -x -a '(__seen_records)'  # <folder>

# seen content
complete -c seen -n '__seen_command content' -l format -x -a 'text markdown json html' -d 'The output format.'
complete -c seen -n '__seen_command content' -s o -l output -r -F -d 'Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.'
complete -c seen -n '__seen_command content' -l force -d 'Replace files that already exist.'
complete -c seen -n '__seen_command content' -l no-color -d 'Never colour the output (NO_COLOR does the same).'
complete -c seen -n '__seen_command content' -l no-pager -d 'Print straight to the terminal.'
complete -c seen -n '__seen_command content' -l width -x -d 'Wrap text to this many columns (default: the terminal\'s width, or 80).'
complete -c seen -n '__seen_command content' -l content -x -a '(__fish_complete_directories)' -d 'Use the content files in this folder instead of the built-in content.'
complete -c seen -n '__seen_command content' -l local -r -F -d 'Add your partnership\'s local procedures and contacts from this file (seen-local/1).'
complete -c seen -n '__seen_command content' -l no-local -d 'Use no local file, even if SEEN_LOCAL or the configuration folder names one.'
complete -c seen -n '__seen_command content' -l check -r -F -d 'Check a local file (seen-local/1) or a content folder and list every problem, each with its place in the file; exit 65 if there is any.'
complete -c seen -n '__seen_command content' -s h -l help -d 'Show help information.'

# seen help
complete -c seen -n '__seen_command help' -s h -l help -d 'Show help information.'
complete -c seen -n '__seen_argument help 1' -x -a 'review report sheet supervise actions compare combine summary scenarios workshop content help completions man'  # <command>

# seen completions
complete -c seen -n '__seen_command completions' -s h -l help -d 'Show help information.'
complete -c seen -n '__seen_argument completions 1' -x -a 'bash zsh fish'  # <shell>

# seen man
complete -c seen -n '__seen_command man' -s h -l help -d 'Show help information.'
