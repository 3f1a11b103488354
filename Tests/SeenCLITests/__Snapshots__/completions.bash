# Tab completion for seen in bash, written from seen's command declarations by
# 'seen completions bash'.
# Try it:  source <(seen completions bash)
# Keep it: seen completions bash > ~/.local/share/bash-completion/completions/seen
#          (read by the bash-completion package; without it, source that file from ~/.bashrc)

# Adds each line of standard input to the completions.
_seen_add() {
    local line
    while IFS= read -r line; do
        COMPREPLY+=("$line")
    done
}

# The words in $1 that start with the word being completed.
_seen_words() {
    _seen_add < <(compgen -W "$1" -- "$cur")
}

_seen_files() {
    compopt -o filenames 2>/dev/null
    _seen_add < <(compgen -f -- "$cur")
}

_seen_folders() {
    compopt -o filenames 2>/dev/null
    _seen_add < <(compgen -d -- "$cur")
}

# Review records: *.json files, and the folders to find them in.
_seen_records() {
    compopt -o filenames 2>/dev/null
    _seen_add < <(compgen -d -- "$cur"; compgen -f -X '!*.json' -- "$cur")
}

# Which argument of the command the word being completed is (1 for the first), passing over
# options and the values of the options named in $1.
_seen_position() {
    local position=1 index=2 ended="" word
    while [[ $index -lt $COMP_CWORD ]]; do
        word="${COMP_WORDS[index]}"
        if [[ -n "$ended" || "$word" == "-" || "$word" != -* ]]; then
            position=$((position + 1))
        elif [[ "$word" == "--" ]]; then
            ended=1
        elif [[ " $1 " == *" $word "* ]]; then
            index=$((index + 1))
            if [[ "${COMP_WORDS[index]}" == "=" ]]; then
                index=$((index + 1))
            fi
        fi
        index=$((index + 1))
    done
    echo "$position"
}

_seen() {
    local cur="${COMP_WORDS[COMP_CWORD]}" previous="${COMP_WORDS[COMP_CWORD-1]}"
    # bash splits --format=json at the '=': complete the value after it.
    if [[ "$cur" == "=" ]]; then
        cur=""
    elif [[ "$previous" == "=" && $COMP_CWORD -gt 2 ]]; then
        previous="${COMP_WORDS[COMP_CWORD-2]}"
    fi
    COMPREPLY=()
    if [[ $COMP_CWORD -eq 1 ]]; then
        if [[ "$cur" == -* ]]; then
            _seen_words '-h --help --version'
        else
            _seen_words 'review report sheet supervise actions compare combine summary scenarios workshop content help completions man'
        fi
        return 0
    fi
    case "${COMP_WORDS[1]}" in
        review) _seen_review ;;
        report) _seen_report ;;
        sheet) _seen_sheet ;;
        supervise) _seen_supervise ;;
        actions) _seen_actions ;;
        compare) _seen_compare ;;
        combine) _seen_combine ;;
        summary) _seen_summary ;;
        scenarios) _seen_scenarios ;;
        workshop) _seen_workshop ;;
        content) _seen_content ;;
        help) _seen_help ;;
        completions) _seen_completions ;;
        man) _seen_man ;;
    esac
    return 0
}

_seen_review() {
    case "$previous" in
        --answers) _seen_records; return ;;
        --scenario) _seen_words 'father-ab wiltshire derbyshire care-leaver'; return ;;
        --resume) _seen_records; return ;;
        --again) _seen_records; return ;;
        --save) _seen_records; return ;;
        --format) _seen_words 'text markdown json html pdf'; return ;;
        -o|--output) _seen_files; return ;;
        --content) _seen_folders; return ;;
        --local) _seen_files; return ;;
        --detail) _seen_words 'brief full'; return ;;
        --set|--action|--case|--role|--date|--cohort|--no-longer-in-babys-life|--width) return ;;
    esac
    if [[ "$cur" == -* ]]; then
        _seen_words '--answers --set --action --case --role --date --cohort --scenario --blank --resume --again --keep-earlier --no-longer-in-babys-life --no-input --interactive --save --fail-on-gaps --quiet --format -o --output --force --no-color --no-pager --width --content --local --no-local --include-sensitive --detail -h --help'
        return
    fi
}

_seen_report() {
    case "$previous" in
        --format) _seen_words 'text markdown json html pdf'; return ;;
        -o|--output) _seen_files; return ;;
        --content) _seen_folders; return ;;
        --local) _seen_files; return ;;
        --detail) _seen_words 'brief full'; return ;;
        --width) return ;;
    esac
    if [[ "$cur" == -* ]]; then
        _seen_words '--format -o --output --force --no-color --no-pager --width --content --local --no-local --include-sensitive --detail --fail-on-gaps -h --help'
        return
    fi
    case "$(_seen_position '--format -o --output --width --content --local --detail')" in
        1) _seen_records ;;  # <file>
    esac
}

_seen_sheet() {
    case "$previous" in
        --format) _seen_words 'text markdown html pdf'; return ;;
        -o|--output) _seen_files; return ;;
        --content) _seen_folders; return ;;
        --local) _seen_files; return ;;
        --men) return ;;
    esac
    if [[ "$cur" == -* ]]; then
        _seen_words '--format -o --output --force --men --leaders --include-sensitive --no-color --content --local --no-local -h --help'
        return
    fi
    case "$(_seen_position '--format -o --output --men --content --local')" in
        1) _seen_records ;;  # <file>
    esac
}

_seen_supervise() {
    case "$previous" in
        --men-discussed) _seen_words 'yes no'; return ;;
        --fear-raised) _seen_words 'yes no'; return ;;
        --answers) _seen_files; return ;;
        --team) _seen_folders; return ;;
        --format) _seen_words 'text markdown json csv'; return ;;
        -o|--output) _seen_files; return ;;
        --content) _seen_folders; return ;;
        --local) _seen_files; return ;;
        --role|--date|--comment|--discussed|--fear-about|--support|--action) return ;;
    esac
    if [[ "$cur" == -* ]]; then
        _seen_words '--role --date --comment --discussed --men-discussed --fear-raised --fear-about --support --action --answers --team --format -o --output --force --content --local --no-local -h --help'
        return
    fi
    case "$(_seen_position '--role --date --comment --discussed --men-discussed --fear-raised --fear-about --support --action --answers --team --format -o --output --content --local')" in
        1) _seen_records ;;  # <file>
    esac
}

_seen_actions() {
    case "$previous" in
        --format) _seen_words 'text markdown json html pdf csv'; return ;;
        -o|--output) _seen_files; return ;;
        --content) _seen_folders; return ;;
        --local) _seen_files; return ;;
        --owner|--due-before|--width|--note|--on|--reason) return ;;
    esac
    if [[ "$cur" == -* ]]; then
        _seen_words '--format --owner --open --due-before --include-sensitive --strict --all-versions -o --output --force --width --no-color --content --local --no-local --note --on --reason -h --help'
        return
    fi
    case "$(_seen_position '--format --owner --due-before -o --output --width --content --local --note --on --reason')" in
        *) _seen_records ;;  # <path>
    esac
}

_seen_compare() {
    case "$previous" in
        --format) _seen_words 'text markdown json html pdf'; return ;;
        -o|--output) _seen_files; return ;;
        --content) _seen_folders; return ;;
        --local) _seen_files; return ;;
        --width) return ;;
    esac
    if [[ "$cur" == -* ]]; then
        _seen_words '--format -o --output --force --no-color --no-pager --width --content --local --no-local --include-sensitive --force-pair -h --help'
        return
    fi
    case "$(_seen_position '--format -o --output --width --content --local')" in
        1) _seen_records ;;  # <old>
        2) _seen_records ;;  # <new>
    esac
}

_seen_combine() {
    case "$previous" in
        --format) _seen_words 'text markdown json html pdf'; return ;;
        -o|--output) _seen_files; return ;;
        --content) _seen_folders; return ;;
        --local) _seen_files; return ;;
        --match|--width) return ;;
    esac
    if [[ "$cur" == -* ]]; then
        _seen_words '--format --match --no-auto-match --no-input --interactive -o --output --force --no-color --no-pager --width --content --local --no-local --include-sensitive -h --help'
        return
    fi
    case "$(_seen_position '--format --match -o --output --width --content --local')" in
        *) _seen_records ;;  # <file>
    esac
}

_seen_summary() {
    case "$previous" in
        --format) _seen_words 'text markdown csv json html pdf'; return ;;
        --by) _seen_words 'role date month quarter year cohort relationship'; return ;;
        -o|--output) _seen_files; return ;;
        --content) _seen_folders; return ;;
        --local) _seen_files; return ;;
        --baseline) return ;;
    esac
    if [[ "$cur" == -* ]]; then
        _seen_words '--format --by --baseline --no-suppress --all-versions --strict -o --output --force --content --local --no-local -h --help'
        return
    fi
    case "$(_seen_position '--format --by --baseline -o --output --content --local')" in
        *) _seen_records ;;  # <path>
    esac
}

_seen_scenarios() {
    case "$previous" in
        --format) _seen_words 'text markdown json html pdf'; return ;;
        -o|--output) _seen_files; return ;;
        --content) _seen_folders; return ;;
        --local) _seen_files; return ;;
        --width) return ;;
    esac
    if [[ "$cur" == -* ]]; then
        _seen_words '--format -o --output --force --no-color --no-pager --width --content --local --no-local -h --help'
        return
    fi
    case "$(_seen_position '--format -o --output --width --content --local')" in
        1) _seen_words 'list show' ;;  # <action>
        2) _seen_words 'father-ab wiltshire derbyshire care-leaver' ;;  # <name>
    esac
}

_seen_workshop() {
    case "$previous" in
        --format) _seen_words 'text markdown csv json html pdf'; return ;;
        --pack) _seen_words 'participant facilitator key'; return ;;
        --minutes) _seen_words '45 90 120'; return ;;
        --part) _seen_words 'confidence gaps all'; return ;;
        -o|--output) _seen_files; return ;;
        --content) _seen_folders; return ;;
        --local) _seen_files; return ;;
        --width) return ;;
    esac
    if [[ "$cur" == -* ]]; then
        _seen_words '--format --pack --steps --minutes --no-suppress --part --width -o --output --force --no-color --content --local --no-local -h --help'
        return
    fi
    case "$(_seen_position '--format --pack --minutes --part --width -o --output --content --local')" in
        1) _seen_words 'debrief father-ab wiltshire derbyshire care-leaver' ;;  # <scenario>
        2) _seen_words 'father-ab wiltshire derbyshire care-leaver' ;;  # <name>
        3) _seen_records ;;  # <folder>
    esac
}

_seen_content() {
    case "$previous" in
        --format) _seen_words 'text markdown json html'; return ;;
        -o|--output) _seen_files; return ;;
        --content) _seen_folders; return ;;
        --local) _seen_files; return ;;
        --check) _seen_files; return ;;
        --width) return ;;
    esac
    if [[ "$cur" == -* ]]; then
        _seen_words '--format -o --output --force --no-color --no-pager --width --content --local --no-local --check -h --help'
        return
    fi
}

_seen_help() {
    if [[ "$cur" == -* ]]; then
        _seen_words '-h --help'
        return
    fi
    case "$(_seen_position '')" in
        1) _seen_words 'review report sheet supervise actions compare combine summary scenarios workshop content help completions man' ;;  # <command>
    esac
}

_seen_completions() {
    if [[ "$cur" == -* ]]; then
        _seen_words '-h --help'
        return
    fi
    case "$(_seen_position '')" in
        1) _seen_words 'bash zsh fish' ;;  # <shell>
    esac
}

_seen_man() {
    if [[ "$cur" == -* ]]; then
        _seen_words '-h --help'
        return
    fi
}

complete -F _seen seen
