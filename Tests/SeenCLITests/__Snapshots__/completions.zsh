#compdef seen
# Tab completion for seen in zsh, written from seen's command declarations by
# 'seen completions zsh'.
# Keep it: seen completions zsh > ~/.zsh/completions/_seen
#          and in ~/.zshrc, before compinit: fpath=(~/.zsh/completions $fpath)
# Try it:  autoload -U compinit && compinit && source <(seen completions zsh)

_seen() {
    local context state state_descr line
    local -A opt_args
    local -i ret=1
    _arguments -S -C \
        '(- *)'{-h,--help}'[Show help information.]' \
        '(- *)--version[Show the version.]' \
        '(-): :->command' \
        '(-)*:: :->argument' && ret=0
    case $state in
        command)
            local -a commands=(
                'review:Review one case and print its gap report.'
                'report:Print the gap report of a saved review.'
                'sheet:Print a reflection sheet for supervision, blank or filled from a saved review.'
                'supervise:Record a supervision of a saved review; --team lists the cases that need attention.'
                'actions:List the agreed actions of saved reviews, overdue first; mark one done or dropped.'
                'compare:Show what changed between two reviews of one case.'
                'combine:Put several agencies'\'' reviews of one baby'\''s case side by side.'
                'summary:Summarise many saved reviews into team figures.'
                'scenarios:List the training scenarios, or show one.'
                'workshop:Print a workshop'\''s participant or facilitator pack for a training scenario, its plan, or the group debrief.'
                'content:Show the review'\''s content that seen uses, with the source of every item.'
                'help:Show help for seen or one of its commands.'
                'completions:Print the Tab-completion script for bash, zsh or fish.'
                'man:Print seen'\''s manual page, for the man command.'
            )
            _describe -t commands 'seen command' commands && ret=0
            ;;
        argument)
            case $words[1] in
                review) _seen_review && ret=0 ;;
                report) _seen_report && ret=0 ;;
                sheet) _seen_sheet && ret=0 ;;
                supervise) _seen_supervise && ret=0 ;;
                actions) _seen_actions && ret=0 ;;
                compare) _seen_compare && ret=0 ;;
                combine) _seen_combine && ret=0 ;;
                summary) _seen_summary && ret=0 ;;
                scenarios) _seen_scenarios && ret=0 ;;
                workshop) _seen_workshop && ret=0 ;;
                content) _seen_content && ret=0 ;;
                help) _seen_help && ret=0 ;;
                completions) _seen_completions && ret=0 ;;
                man) _seen_man && ret=0 ;;
            esac
            ;;
    esac
    return ret
}

# Review records: *.json files, and the folders to find them in.
_seen_records() {
    _files -g '*.json(-.)'
}

_seen_review() {
    _arguments -S \
        '--answers[Start from this review record (JSON), or - for standard input.]:file:_seen_records' \
        '*--set[Set one answer, as MAN.ITEM=ANSWER\[\:note\] or ITEM=ANSWER\[\:note\].]:assignment: ' \
        '*--action[Agree an action, as "WHAT|FOR|OWNER|DUE" (WHAT may be an item'\''s id).]:action: ' \
        '--case[The case reference (not a name).]:reference: ' \
        '--role[Your role, such as "Health visitor", or your own words.]:role: ' \
        '--date[The date of the review, as you write it.]:date: ' \
        '--cohort[A workshop group or period, such as "Workshop 2026-11 before".]:name: ' \
        '--scenario[Start from a training scenario'\''s answer key (what was known at the time), for facilitators; participants add --blank.]:name:(father-ab wiltshire derbyshire care-leaver)' \
        '--blank[With --scenario\: start from the scenario'\''s men and case details with no answers (a workshop participant'\''s own review).]' \
        '--resume[Continue a saved review at its first unanswered item, saving back to it.]:file:_seen_records' \
        '--again[Start a re-review of this saved review\: a new record that follows it, saved beside it as a new file.]:file:_seen_records' \
        '--keep-earlier[With --again in a script\: keep every earlier answer (without it, none carries over).]' \
        '*--no-longer-in-babys-life[With --again\: this man (label or number) is no longer in the baby'\''s life; he stays listed, marked with today'\''s date.]:man: ' \
        '--no-input[Never ask questions; report on what the answers file and --set give.]' \
        '--interactive[Ask line by line even when standard input is not a terminal (for screen readers and scripts).]' \
        '--save[Save the review record to this file (mode 0600).]:file:_seen_records' \
        '--fail-on-gaps[Exit with status 1 when the review has any gap (for scripts).]' \
        '--quiet[Without questions (--no-input)\: print no gap report, only a note on standard error of the file saved (--save), such as a workshop participant'\''s confidence level.]' \
        '--format[The output format.]:format:(text markdown json html pdf)' \
        '(-o --output)'{-o,--output}'[Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.]:file:_files' \
        '--force[Replace files that already exist.]' \
        '--no-color[Never colour the output (NO_COLOR does the same).]' \
        '--no-pager[Print straight to the terminal.]' \
        '--width[Wrap text to this many columns (default\: the terminal'\''s width, or 80).]:columns: ' \
        '--content[Use the content files in this folder instead of the built-in content.]:folder:_files -/' \
        '--local[Add your partnership'\''s local procedures and contacts from this file (seen-local/1).]:file:_files' \
        '--no-local[Use no local file, even if SEEN_LOCAL or the configuration folder names one.]' \
        '--include-sensitive[Print the notes marked sensitive (domestic abuse, the mother'\''s disclosures, safety reasons); they are left out otherwise.]' \
        '--detail[How much the gap report says\: brief (each gap with its next step, a screen or two) or full (each step in full, with why each item matters and what it rests on).]:level:(brief full)' \
        '(- *)'{-h,--help}'[Show help information.]'
}

_seen_report() {
    _arguments -S \
        '--format[The output format.]:format:(text markdown json html pdf)' \
        '(-o --output)'{-o,--output}'[Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.]:file:_files' \
        '--force[Replace files that already exist.]' \
        '--no-color[Never colour the output (NO_COLOR does the same).]' \
        '--no-pager[Print straight to the terminal.]' \
        '--width[Wrap text to this many columns (default\: the terminal'\''s width, or 80).]:columns: ' \
        '--content[Use the content files in this folder instead of the built-in content.]:folder:_files -/' \
        '--local[Add your partnership'\''s local procedures and contacts from this file (seen-local/1).]:file:_files' \
        '--no-local[Use no local file, even if SEEN_LOCAL or the configuration folder names one.]' \
        '--include-sensitive[Print the notes marked sensitive (domestic abuse, the mother'\''s disclosures, safety reasons); they are left out otherwise.]' \
        '--detail[How much the gap report says\: brief (each gap with its next step, a screen or two) or full (each step in full, with why each item matters and what it rests on).]:level:(brief full)' \
        '--fail-on-gaps[Exit with status 1 when the review has any gap (for scripts).]' \
        '(- *)'{-h,--help}'[Show help information.]' \
        '1:file:_seen_records'
}

_seen_sheet() {
    _arguments -S \
        '--format[The output format.]:format:(text markdown html pdf)' \
        '(-o --output)'{-o,--output}'[Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.]:file:_files' \
        '--force[Replace files that already exist.]' \
        '--men[Columns for this many men on a blank sheet (1 to 6).]:number: ' \
        '--leaders[The service design sheet for partnership leaders (18.4).]' \
        '--include-sensitive[Print the notes marked sensitive (domestic abuse, the mother'\''s disclosures, safety reasons); they are left out otherwise.]' \
        '--no-color[Never colour the output (NO_COLOR does the same).]' \
        '--content[Use the content files in this folder instead of the built-in content.]:folder:_files -/' \
        '--local[Add your partnership'\''s local procedures and contacts from this file (seen-local/1).]:file:_files' \
        '--no-local[Use no local file, even if SEEN_LOCAL or the configuration folder names one.]' \
        '(- *)'{-h,--help}'[Show help information.]' \
        '1::file:_seen_records'
}

_seen_supervise() {
    _arguments -S \
        '--role[The supervisor'\''s role, one of the roles an action can have ("Team manager"), never a name.]:role: ' \
        '--date[The day of the supervision\: year-month-day, today or yesterday (default\: today).]:date: ' \
        '*--comment[A comment or challenge, as "ITEM|FOR|TEXT" (ITEM a checklist item'\''s id, FOR a man; either may be empty; a bar in TEXT is written \\|).]:comment: ' \
        '*--discussed[An item discussed, as ITEM or "ITEM|FOR" (or "|FOR" for a man).]:item: ' \
        '--men-discussed[Were the men in the case discussed?]:yes|no:(yes no)' \
        '--fear-raised[Was any fear or anxiety about working with a man raised?]:yes|no:(yes no)' \
        '--fear-about[Whom the fear raised was about, for the sheet'\''s box for each man\: a man'\''s number or label (several with commas), all, or none (not about one man).]:men: ' \
        '--support[The support agreed\: co-working, joint-visits, reflective-supervision, "other\: WORDS" (several with commas).]:kinds: ' \
        '*--action[Agree an action, as "WHAT|FOR|OWNER|DUE" (WHAT may be an item'\''s id; a bar in WHAT is written \\|).]:action: ' \
        '--answers[A supervision kept elsewhere, as JSON (seen-supervision/1); options add to its lists, and an answer both give must agree.]:file:_files' \
        '--team[List the cases in this folder of reviews that need attention, instead of supervising one.]:folder:_files -/' \
        '--format[With --team\: the output format.]:format:(text markdown json csv)' \
        '(-o --output)'{-o,--output}'[Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.]:file:_files' \
        '--force[With --team and -o\: replace a file that exists.]' \
        '--content[Use the content files in this folder instead of the built-in content.]:folder:_files -/' \
        '--local[Add your partnership'\''s local procedures and contacts from this file (seen-local/1).]:file:_files' \
        '--no-local[Use no local file, even if SEEN_LOCAL or the configuration folder names one.]' \
        '(- *)'{-h,--help}'[Show help information.]' \
        '1::file:_seen_records'
}

_seen_actions() {
    _arguments -S \
        '--format[The output format.]:format:(text markdown json html pdf csv)' \
        '--owner[Only the actions this role owns, in any case ("health visitor")\: one of the content'\''s roles.]:role: ' \
        '--open[Only the actions still open (overdue ones included).]' \
        '--due-before[Only the actions due before this day\: year-month-day, or a time from today such as "in 2 weeks".]:date: ' \
        '--include-sensitive[Show every action'\''s words, note and reason; without it they are left out where a safety condition is recorded in the review, or where the action comes from a sensitive item (domestic abuse, the mother'\''s disclosures).]' \
        '--strict[Stop with an error at the first file that is not a valid review record.]' \
        '--all-versions[List the actions of every review of a re-review chain, each with its review'\''s date.]' \
        '(-o --output)'{-o,--output}'[Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.]:file:_files' \
        '--force[Replace files that already exist.]' \
        '--width[Wrap text to this many columns (default\: the terminal'\''s width, or 80).]:columns: ' \
        '--no-color[Never colour the output (NO_COLOR does the same).]' \
        '--content[Use the content files in this folder instead of the built-in content.]:folder:_files -/' \
        '--local[Add your partnership'\''s local procedures and contacts from this file (seen-local/1).]:file:_files' \
        '--no-local[Use no local file, even if SEEN_LOCAL or the configuration folder names one.]' \
        '--note[With done\: what was done, kept with the action.]:text: ' \
        '--on[With done\: the day it was done, year-month-day, today or yesterday (default\: today).]:date: ' \
        '--reason[With drop (and needed there)\: why it is no longer to be done.]:text: ' \
        '(- *)'{-h,--help}'[Show help information.]' \
        '*:path:_seen_records'
}

_seen_compare() {
    _arguments -S \
        '--format[The output format.]:format:(text markdown json html pdf)' \
        '(-o --output)'{-o,--output}'[Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.]:file:_files' \
        '--force[Replace files that already exist.]' \
        '--no-color[Never colour the output (NO_COLOR does the same).]' \
        '--no-pager[Print straight to the terminal.]' \
        '--width[Wrap text to this many columns (default\: the terminal'\''s width, or 80).]:columns: ' \
        '--content[Use the content files in this folder instead of the built-in content.]:folder:_files -/' \
        '--local[Add your partnership'\''s local procedures and contacts from this file (seen-local/1).]:file:_files' \
        '--no-local[Use no local file, even if SEEN_LOCAL or the configuration folder names one.]' \
        '--include-sensitive[Show the words of actions left out where a safety condition is recorded or where they come from a sensitive item.]' \
        '--force-pair[Compare two records even when their case references differ.]' \
        '(- *)'{-h,--help}'[Show help information.]' \
        '1:old:_seen_records' \
        '2:new:_seen_records'
}

_seen_combine() {
    _arguments -S \
        '--format[The output format.]:format:(text markdown json html pdf)' \
        '*--match[These men of different reviews are one man\: REVIEW\:MAN=REVIEW\:MAN (more with =), a review by its number or role, a man by his label or number.]:men: ' \
        '--no-auto-match[Take no man as the same without --match, not even a birth father with the same label.]' \
        '--no-input[Never ask whether two men are the same man.]' \
        '--interactive[Ask line by line whether two men are the same man, even when standard input is not a terminal.]' \
        '(-o --output)'{-o,--output}'[Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.]:file:_files' \
        '--force[Replace files that already exist.]' \
        '--no-color[Never colour the output (NO_COLOR does the same).]' \
        '--no-pager[Print straight to the terminal.]' \
        '--width[Wrap text to this many columns (default\: the terminal'\''s width, or 80).]:columns: ' \
        '--content[Use the content files in this folder instead of the built-in content.]:folder:_files -/' \
        '--local[Add your partnership'\''s local procedures and contacts from this file (seen-local/1).]:file:_files' \
        '--no-local[Use no local file, even if SEEN_LOCAL or the configuration folder names one.]' \
        '--include-sensitive[Show every note and the answers to the safety items, left out by default.]' \
        '(- *)'{-h,--help}'[Show help information.]' \
        '*:file:_seen_records'
}

_seen_summary() {
    _arguments -S \
        '--format[The output format.]:format:(text markdown csv json html pdf)' \
        '--by[Split the figures by this field of the records, the groups side by side (with the difference when there are two)\: the reviewer'\''s role (as the content lists it, in any case), the date, the month, quarter or year of the date (a date that is not year-month-day goes with the reviews without one, and is counted), the cohort, or the men'\''s relationship to the baby (a review counts in the group of each relationship it records a man of, so the groups can add up to more than the reviews; there, figures about men count only the men of that relationship, case items and per-review figures the whole review; reviews with no man recorded are "No man recorded").]:field:(role date month quarter year cohort relationship)' \
        '--baseline[With --by\: the group to put first, the one the difference is counted from (the second group'\''s share minus the baseline'\''s); with more than two groups it just comes first, in the tables and in JSON and CSV.]:name: ' \
        '--no-suppress[Show every figure, exactly, for use within the team only.]' \
        '--all-versions[Count every review of a re-review chain.]' \
        '--strict[Stop with an error at the first file that is not a valid review record.]' \
        '(-o --output)'{-o,--output}'[Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.]:file:_files' \
        '--force[Replace files that already exist.]' \
        '--content[Use the content files in this folder instead of the built-in content.]:folder:_files -/' \
        '--local[Add your partnership'\''s local procedures and contacts from this file (seen-local/1).]:file:_files' \
        '--no-local[Use no local file, even if SEEN_LOCAL or the configuration folder names one.]' \
        '(- *)'{-h,--help}'[Show help information.]' \
        '*:path:_seen_records'
}

_seen_scenarios() {
    _arguments -S \
        '--format[The output format.]:format:(text markdown json html pdf)' \
        '(-o --output)'{-o,--output}'[Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.]:file:_files' \
        '--force[Replace files that already exist.]' \
        '--no-color[Never colour the output (NO_COLOR does the same).]' \
        '--no-pager[Print straight to the terminal.]' \
        '--width[Wrap text to this many columns (default\: the terminal'\''s width, or 80).]:columns: ' \
        '--content[Use the content files in this folder instead of the built-in content.]:folder:_files -/' \
        '--local[Add your partnership'\''s local procedures and contacts from this file (seen-local/1).]:file:_files' \
        '--no-local[Use no local file, even if SEEN_LOCAL or the configuration folder names one.]' \
        '(- *)'{-h,--help}'[Show help information.]' \
        '1::action:(list show)' \
        '2::name:(father-ab wiltshire derbyshire care-leaver)'
}

_seen_workshop() {
    _arguments -S \
        '--format[The output format (a pack\: text, markdown, html or pdf; a plan also json; a debrief also json and csv).]:format:(text markdown csv json html pdf)' \
        '--pack[Which pack to print.]:pack:(participant facilitator key)' \
        '--steps[Print the facilitator'\''s plan alone instead of a pack.]' \
        '--minutes[The session'\''s length, for --steps or --pack facilitator.]:minutes:(45 90 120)' \
        '--no-suppress[With debrief\: show every count exactly, for the facilitator only (otherwise small numbers are withheld as in seen summary).]' \
        '--part[With debrief\: the confidence alone, the gaps alone, or all.]:part:(confidence gaps all)' \
        '--width[Wrap text to this many columns (default\: the terminal'\''s width, or 80).]:columns: ' \
        '(-o --output)'{-o,--output}'[Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.]:file:_files' \
        '--force[Replace files that already exist.]' \
        '--no-color[Never colour the output (NO_COLOR does the same).]' \
        '--content[Use the content files in this folder instead of the built-in content.]:folder:_files -/' \
        '--local[Add your partnership'\''s local procedures and contacts from this file (seen-local/1).]:file:_files' \
        '--no-local[Use no local file, even if SEEN_LOCAL or the configuration folder names one.]' \
        '(- *)'{-h,--help}'[Show help information.]' \
        '1:scenario:(debrief father-ab wiltshire derbyshire care-leaver)' \
        '2::name:(father-ab wiltshire derbyshire care-leaver)' \
        '3::folder:_seen_records'
}

_seen_content() {
    _arguments -S \
        '--format[The output format.]:format:(text markdown json html)' \
        '(-o --output)'{-o,--output}'[Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output.]:file:_files' \
        '--force[Replace files that already exist.]' \
        '--no-color[Never colour the output (NO_COLOR does the same).]' \
        '--no-pager[Print straight to the terminal.]' \
        '--width[Wrap text to this many columns (default\: the terminal'\''s width, or 80).]:columns: ' \
        '--content[Use the content files in this folder instead of the built-in content.]:folder:_files -/' \
        '--local[Add your partnership'\''s local procedures and contacts from this file (seen-local/1).]:file:_files' \
        '--no-local[Use no local file, even if SEEN_LOCAL or the configuration folder names one.]' \
        '--check[Check a local file (seen-local/1) or a content folder and list every problem, each with its place in the file; exit 65 if there is any.]:file:_files' \
        '(- *)'{-h,--help}'[Show help information.]'
}

_seen_help() {
    _arguments -S \
        '(- *)'{-h,--help}'[Show help information.]' \
        '1::command:(review report sheet supervise actions compare combine summary scenarios workshop content help completions man)'
}

_seen_completions() {
    _arguments -S \
        '(- *)'{-h,--help}'[Show help information.]' \
        '1:shell:(bash zsh fish)'
}

_seen_man() {
    _arguments -S \
        '(- *)'{-h,--help}'[Show help information.]'
}

if [[ $funcstack[1] == _seen ]]; then
    _seen "$@"
else
    compdef _seen seen
fi
