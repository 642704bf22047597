### cares: Cymraeg (Welsh).
### DRAFT TRANSLATION: no qualified translator has checked this file yet. Please help
### check it: correct the words after each "=", keep the ids and the { $names } as
### they are, and set -language-checked to yes once a Welsh speaker has checked it.

-language-name = Cymraeg
-language-direction = ltr
-language-checked = no

## Dyddiadau: 3 Rhagfyr 2026.

date-long = { $day } { $month ->
    [1] Ionawr
    [2] Chwefror
    [3] Mawrth
    [4] Ebrill
    [5] Mai
    [6] Mehefin
    [7] Gorffennaf
    [8] Awst
    [9] Medi
    [10] Hydref
    [11] Tachwedd
   *[12] Rhagfyr
} { $year }

## Yr archwiliad SMART.

finding-no-lead = Pwy fydd yn arwain hyn? Enwch berson neu sefydliad.
finding-no-measure = Sut byddwn ni'n gwybod ei fod wedi gweithio? Ychwanegwch fesur canlyniad.
finding-measure-not-countable = Sut byddwn ni'n ei gyfrif? Ychwanegwch rif, targed neu'r hyn a gaiff ei gyfrif.
finding-vague-timescale = Nid dyddiad yw "{ $written }". Dywedwch pryd y caiff ei wneud neu ei adolygu.
finding-no-timescale-complete = Pryd cafodd hyn ei wneud? Ychwanegwch y dyddiad y cafodd ei gwblhau.
finding-no-timescale = Erbyn pryd? Ychwanegwch ddyddiad.
finding-milestone-undated = Does dim dyddiad gan y garreg filltir "{ $milestone }".
finding-overdue = Roedd hyn i fod erbyn { $due } ac nid yw wedi'i gwblhau. Rhowch sgôr i'w gynnydd neu cytunwch ar ddyddiad newydd.
finding-status-without-evidence = Sgôr { $status ->
    [red] Coch
    [amber] Ambr
   *[green] Gwyrdd
} heb dystiolaeth. Ychwanegwch nodyn neu ddolen sy'n dangos cynnydd.
finding-complete-without-evidence = Wedi'i nodi'n gyflawn heb dystiolaeth. Ychwanegwch yr hyn sy'n dangos iddo gael ei wneud.

## Pa mor bwysig yw canfyddiad.

severity-gap = Ar goll
severity-vague = Ddim yn glir
severity-follow-up = I'w ddilyn

## `cares audit` i bobl.

audit-title = Archwiliad SMART o "{ $title }", ar { $today }
audit-no-plans = Does dim cynlluniau i'w harchwilio.
audit-plan = Cynllun: { $plan }
audit-no-section = Ddim mewn adran
audit-summary = Crynodeb ar gyfer "{ $plan }": { $actions ->
    [zero] dim camau
    [one] 1 cam
    [two] 2 gam
   *[other] { $actions } cam
}; mae { $smart } yn SMART (arweinydd, mesur y gellir ei gyfrif a dyddiad); mae gan { $flagged } rywbeth i edrych arno.
audit-total = { $count ->
    [0] Dim byd
    [one] 1 peth
    [two] 2 beth
   *[other] { $count } o bethau
} wedi'u canfod i gyd.

## Math o ganfyddiad mewn ychydig eiriau.

finding-phrase-no-lead = dim arweinydd
finding-phrase-no-measure = dim mesur canlyniad
finding-phrase-measure-not-countable = mesur na ellir ei gyfrif
finding-phrase-no-timescale = dim dyddiad
finding-phrase-vague-timescale = amserlen amwys yn unig
finding-phrase-milestone-undated = carreg filltir heb ddyddiad
finding-phrase-overdue = hwyr
finding-phrase-status-without-evidence = sgôr heb dystiolaeth
finding-phrase-complete-without-evidence = cyflawn heb dystiolaeth

## Yr ap gwe: ffrâm pob tudalen.

site-name = Bwrdeistref Sy'n Gofalu — cynlluniau gweithredu lleol
nav-label = Prif
nav-home = Hafan
nav-plans = Cynlluniau
nav-join = Ymuno â sesiwn
nav-help = Help
nav-about = Amdanom
language-label = Iaith
skip-link = Neidio i'r prif gynnwys
page-loading = Wrthi'n llwytho'r dudalen…

## Y dudalen Amdanom.

about-title = Am y pecyn cymorth hwn
about-intro = Mae Bwrdeistref Sy'n Gofalu yn helpu gofalwyr, partneriaid a'r cyngor i ysgrifennu cynllun ar gyfer pob ardal gyda'i gilydd, a gwirio beth sydd wedi'i wneud.
about-languages-title = Ieithoedd
about-languages-intro = Gallwch ddefnyddio'r pecyn cymorth hwn yn yr ieithoedd hyn. Dewiswch un ar frig unrhyw dudalen; mae'r ddyfais hon yn ei chofio. Mae'r hyn y mae pobl yn ei ysgrifennu (cynlluniau, camau gweithredu, datganiadau) bob amser yn cael ei ddangos fel y'i hysgrifennwyd.
about-language-checked = wedi'i gwirio gan gyfieithydd
about-language-draft = cyfieithiad drafft — helpwch i'w wirio
about-languages-help = Gall cyngor ychwanegu iaith neu gywiro un drwy olygu un ffeil; mae README y prosiect yn dweud sut.

## Ymuno â sesiwn ar ffôn.

join-title = Ymuno â sesiwn
join-code-label = Cod ymuno
join-code-hint = Y 6 llythyren a rhif ar y bwrdd.
join-code-submit = Ymuno
join-code-empty = Rhowch y cod ymuno sydd ar y bwrdd.
join-code-zero-one = Does dim 0 nac 1 byth mewn cod ymuno: ei rifau yw 2 i 9. Gwiriwch y cod ar y bwrdd.
join-code-i-o = Does dim llythyren I nac O byth mewn cod ymuno. Gwiriwch y cod ar y bwrdd.
join-code-other-character = Dim ond llythrennau a'r rhifau 2 i 9 sydd mewn cod ymuno, fel K7P2QX. Gwiriwch y cod ar y bwrdd.
join-code-length = Mae gan god ymuno { $length } llythyren a rhif; mae gan hwn { $count }. Gwiriwch y cod ar y bwrdd.
join-name-title = Dewiswch enw i'w ddefnyddio
join-name-code = Yn ymuno â'r sesiwn gyda'r cod { $code }.
join-name-label = Eich enw ar gyfer y sesiwn hon
join-name-hint = Does dim rhaid i chi ddefnyddio eich enw go iawn.
join-name-empty = Rhowch enw i'w ddefnyddio. Gall fod yn enw ffug.
join-name-submit = Parhau
join-change-code = Newid y cod

## Beth mae'r ap yn ei ddweud pan na all y gweinydd wneud rhywbeth.

server-unreachable = Methu cyrraedd y gweinydd. Gwiriwch eich bod ar-lein a rhowch gynnig arall arni.
server-no-such-session = Does dim sesiwn gyda'r cod hwnnw. Gwiriwch y cod ar y bwrdd a rhowch gynnig arall arni.
server-sign-in-needed = Mae'r gweinydd hwn yn gofyn i hwyluswyr fewngofnodi cyn dechrau sesiwn. Agorwch /api/sign-in ar y wefan hon i fewngofnodi gyda'ch cyfrif cyngor, yna rhowch gynnig arall arni. Os nad yw hynny'n gweithio, gofynnwch i bwy bynnag sy'n rhedeg y gweinydd.
server-session-finished = Mae'r sesiwn hon wedi gorffen, felly does dim modd ymuno â hi bellach.
server-unreadable = Methu darllen ateb y gweinydd. Rhowch gynnig arall arni.
server-too-many-tries = Gormod o ymdrechion ar hyn o bryd. Arhoswch funud, yna rhowch gynnig arall arni.
server-refused = Ni dderbyniodd y gweinydd hyn. Ail-lwythwch y dudalen a rhowch gynnig arall arni.
server-failed = Ni allai'r gweinydd wneud hyn ar hyn o bryd. Rhowch gynnig arall arni mewn munud.
server-not-accepted = Ni chafodd hynny ei dderbyn. Gwiriwch beth wnaethoch chi ei deipio a rhowch gynnig arall arni.
session-votes-range = Rhaid i nifer y pleidleisiau i bob person fod yn rhif o 1 i 255.

## Ffôn mewn sesiwn fyw.

live-connecting = Yn cysylltu…
live-connected = Wedi cysylltu
live-offline = All-lein — bydd newidiadau'n cael eu hanfon pan fyddwch yn ôl ar-lein
live-reconnecting = Yn ailgysylltu…
live-device-ended = Ni all y ddyfais hon gymryd rhan yn y sesiwn hon bellach.
live-board-cannot-change = Dim ond dangos y sesiwn mae'r bwrdd; ni all ei newid.
live-still-loading = Mae'r sesiwn yn dal i lwytho. Rhowch gynnig arall arni mewn munud.
live-closed-on-page = Mae'r sesiwn hon ar gau ar y dudalen hon. Ail-lwythwch hi.
notice-erased = Rydych wedi cael eich tynnu o'r sesiwn hon, fel y gofynnwyd, felly does dim byd arall yn cael ei anfon o'r ddyfais hon.
notice-statement-too-late = Ni chafodd “{ $text }” ei anfon: cyrhaeddodd ar ôl i'r sesiwn symud ymlaen.
notice-vote-too-late = Ni chafodd eich pleidlais ei chyfrif: cyrhaeddodd ar ôl i'r sesiwn symud ymlaen.
notice-change-too-late = Ni chafodd newid ei gadw: cyrhaeddodd ar ôl i'r sesiwn symud ymlaen.
notice-change-not-kept = Ni chafodd newid ei gadw: { $reason }
notice-statement-not-sent = Ni chafodd “{ $text }” ei anfon: { $reason }
notice-out-of-step = Mae'r dudalen hon allan o gam â'r sesiwn ({ $detail }). Ail-lwythwch y dudalen i weld beth gafodd ei gadw.
phone-session-title = Eich sesiwn
phone-session-ended-help = Gofynnwch i'r hwylusydd os ydych chi'n meddwl bod hyn yn anghywir, neu ymunwch eto gyda'r cod.
phone-session-connecting = Yn cysylltu â'r sesiwn…
phone-session-leave = Gadael y sesiwn hon
consent-title = Cyn i chi ddechrau
consent-what-we-keep = Rydym yn cadw'r enw rydych chi'n ei ddefnyddio, beth rydych chi'n ei ysgrifennu a'ch pleidleisiau. Os dewiswch chi, rydym hefyd yn cadw pa rolau gofalu sy'n berthnasol i chi.
consent-who-sees = Mae'r hyn rydych chi'n ei ysgrifennu yn cael ei ddangos ar y bwrdd i'r ystafell, heb eich enw. Mae'r hwylusydd yn gweld yr enw rydych chi'n ei ddefnyddio.
consent-summary = Mae crynodeb y sesiwn yn cyfrif faint o bobl a gymerodd ran a'u rolau. Nid yw byth yn enwi neb.
consent-remove = Gallwch ofyn i'r hwylusydd ddileu eich geiriau unrhyw bryd, yn ystod neu ar ôl y sesiwn.
consent-agree = Rwy'n cytuno
about-you-title = Amdanoch chi
about-you-optional = Mae'r cwestiynau hyn yn ddewisol. Gadewch nhw'n wag os yw'n well gennych.
about-you-roles = Pa rai o'r rhain sy'n berthnasol i chi?
about-you-young-carer = Ydych chi'n ofalwr ifanc?
about-you-submit = Parhau
answer-yes = Ydw
answer-no = Nac ydw
answer-rather-not-say = Byddai'n well gen i beidio â dweud

## Rolau gofalwyr, mewn ychydig eiriau.

carer-role-parent-carer = Rhiant-ofalwr
carer-role-mental-health-carer = Gofalu am rywun â phroblemau iechyd meddwl
carer-role-long-distance-carer = Gofalu o bell
carer-role-spouse-or-partner-carer = Gofalu am briod neu bartner
carer-role-dementia-carer = Gofalu am rywun â dementia
carer-role-dual-carer = Rôl ofalu ddeuol
carer-role-parent-carer-of-adult = Rhiant-ofalwr mab neu ferch sy'n oedolyn
carer-role-young-carer = Gofalwr ifanc
carer-role-young-adult-carer = Gofalwr sy'n oedolyn ifanc
carer-role-working-carer = Gofalwr sy'n gweithio
carer-role-former-carer = Cyn-ofalwr
phone-finished = Mae'r sesiwn hon wedi gorffen. Diolch am gymryd rhan.
phone-waiting = Yn aros am yr hwylusydd…
phone-share-label = Mae angen…
phone-share-hint = Un peth ar y tro. Gallwch anfon cymaint ag y dymunwch.
phone-share-send = Anfon
phone-share-empty = Ysgrifennwch beth sydd ei angen arnoch, yna pwyswch Anfon.
phone-sending = Yn anfon…
phone-not-sent-offline = Heb ei anfon eto — bydd yn cael ei anfon pan fyddwch yn ôl ar-lein
phone-sent = Wedi'i anfon
phone-not-sent = Heb ei anfon eto
phone-shared-title = Beth rydych chi wedi'i rannu
phone-vote-intro = Rhowch eich dotiau ar y themâu sydd bwysicaf i chi. Gallwch roi mwy nag un dot ar thema.
phone-votes-left = Pleidleisiau ar ôl: { $count }
phone-vote-add = Ychwanegu dot at { $theme }
phone-vote-take-back = Tynnu dot yn ôl o { $theme }
phone-theme-meta = { $statements ->
    [zero] Dim datganiadau
    [one] 1 datganiad
   *[other] { $statements } datganiad
} · { $dots ->
    [0] dim un o'ch dotiau
    [one] 1 o'ch dotiau
   *[other] { $dots } o'ch dotiau
}
phone-ranking-title = Beth ddewisodd yr ystafell
ranking-line = { $rank }{ $tied ->
    [yes] {" "}(cyfartal)
   *[no] {""}
}: { $theme } — { $votes ->
    [one] 1 dot
   *[other] { $votes } dot
}

## Camau sesiwn gyd-gynhyrchu.

phase-share = Rhannu beth sydd ei angen arnoch
phase-group = Grwpio yn themâu
phase-prioritise = Pleidleisio dros yr hyn sydd bwysicaf
phase-plan = Cynllunio'r camau gweithredu
phase-closed = Wedi gorffen
step-share = Rhannu
step-group = Grwpio
step-prioritise = Blaenoriaethu
step-plan = Cynllunio
step-closed = Wedi gorffen

## Hafan.

home-title = Eich cynlluniau gweithredu
home-join-title = Mewn sesiwn?
home-join-intro = Os yw'r hwylusydd wedi rhoi cod ymuno i chi, teipiwch ef yma:
home-plans-title = Cynlluniau ar y ddyfais hon
home-start-title = Dechrau cynllun newydd
home-open-title = Agor cynllun o ffeil
home-open-intro = Os anfonodd rhywun gynllun atoch, neu os gwnaethoch lawrlwytho copi, agorwch ef yma.
home-borough-title = Yn rhedeg rhaglen y fwrdeistref?
home-borough-intro = Gweld cynlluniau'r ardaloedd gyda'i gilydd, y rhwydwaith a'r Cynllun Grymuso Gofalwyr.
home-borough-example = Rhoi cynnig ar y fwrdeistref enghreifftiol
home-borough-new = Dechrau rhaglen bwrdeistref
home-focus-title = Ein meysydd ffocws
home-focus-intro = Mae pob cynllun lleol yn gweithio tuag at dri maes ffocws y fwrdeistref.
not-found-title = Heb ddod o hyd i'r dudalen
not-found-text = Ni allem ddod o hyd i'r dudalen honno. Efallai ei bod wedi symud.
not-found-home = Mynd i'r hafan

## Bwrdd y sesiwn, ar y sgrin fawr.

board-title = Bwrdd y sesiwn
board-dots = { $count ->
    [one] 1 dot
   *[other] { $count } dot
}
board-count = { $statements ->
    [one] 1 datganiad
   *[other] { $statements } datganiad
}{ $themes ->
    [0] {""}
    [one] , 1 thema
   *[other] , { $themes } thema
}{ $revealed ->
    [yes] . Mae'r pleidleisiau'n cael eu dangos.
   *[no] {""}
}
board-now = Nawr: { $phase }
board-code = Cod ymuno:
board-qr = Cod QR sy'n agor { $address }
board-join-how = Ewch i { $address } a theipio'r cod, neu sganiwch y cod QR.
board-themes = Themâu
board-themes-by-votes = Themâu, yn ôl pleidleisiau
board-voting-open = Mae'r pleidleisio ar agor. Mae'r pleidleisiau'n aros yn gudd nes i'r hwylusydd eu dangos.
board-place = Safle { $rank }{ $tied ->
    [yes] {" "}(cyfartal)
   *[no] {""}
} — { $votes ->
    [one] 1 dot
   *[other] { $votes } dot
}
board-what-people-need = Beth sydd ei angen ar bobl
board-not-in-theme = Ddim mewn thema eto
board-waiting = Bydd datganiadau'n ymddangos yma wrth i bobl eu hanfon.
board-no-key-title = Does dim modd dangos y bwrdd hwn yma
board-no-key-text = Does gan y ddyfais hon ddim allwedd ar gyfer bwrdd y sesiwn hon. Ar sgrin yr hwylusydd, defnyddiwch “Agor y bwrdd”, neu agorwch y ddolen i'r bwrdd a rannodd yr hwylusydd.

## Sesiynau cyd-gynhyrchu: y rhestr a "Dechrau sesiwn".

sessions-title = Sesiynau cyd-gynhyrchu
sessions-intro = Mewn sesiwn, mae gofalwyr yn dweud beth sydd ei angen arnynt, yn ei grwpio'n themâu ac yn pleidleisio ar yr hyn sydd bwysicaf. Mae'r prif themâu yn troi'n gamau gweithredu drafft yn y cynllun hwn.
sessions-none = Dim sesiynau eto.
session-list-on-device = { $date } · Ar y ddyfais hon · { $step }
session-list-on-phones = { $date } · Ar ffonau pobl
session-start-title = Dechrau sesiwn
session-field-title = Teitl
session-field-title-hint = Er enghraifft: Beth sydd ei angen ar ofalwyr ym Maltby.
session-field-date = Dyddiad
session-field-area = Maes ffocws
session-area-not-chosen = Heb ei ddewis
session-field-votes = Pleidleisiau i bob person
session-field-way = Sut bydd pobl yn cymryd rhan?
session-way-this-device = Ar y ddyfais hon (yn gweithio all-lein)
session-way-phones = Ar eu ffonau eu hunain (angen y rhyngrwyd)
session-starting = Yn dechrau…
session-start = Dechrau'r sesiwn
session-day-missing = Dewiswch ddiwrnod y sesiwn.
session-votes-not-number = Rhowch nifer cyfan o bleidleisiau, fel 3.

## Sesiwn gyd-gynhyrchu, fel mae'r hwylusydd yn ei rhedeg.

session-back = Yn ôl i'r sesiynau
session-not-found = Nid oedd modd dod o hyd i'r sesiwn hon. Efallai ei bod wedi cael ei thynnu.
session-heading-loading = Sesiwn gyd-gynhyrchu
session-on-device = Ar y ddyfais hon
session-on-phones = Ar ffonau pobl
session-votes-each = Pleidleisiau yr un: { $votes }
session-loading = Yn llwytho'r sesiwn…
session-finished = Mae'r sesiwn hon wedi gorffen. Gallwch barhau i wneud camau gweithredu drafft o'i themâu.
session-summary-link = Crynodeb o'r sesiwn

## Crynodeb sesiwn.

session-summary-title = Crynodeb o'r sesiwn
session-summary-back = Yn ôl i'r sesiwn
session-summary-print = Argraffu'r crynodeb hwn
session-summary-counted-room = Cyfrodd yr hwylusydd y bobl yn yr ystafell; ymunodd { $joined } ohonynt i rannu neu bleidleisio.
session-summary-counted-joined = Dyma bawb a ymunodd i rannu neu bleidleisio. Cyfrodd yr hwylusydd { $counted ->
    [one] 1 person
   *[other] { $counted } o bobl
} yn yr ystafell.
session-summary-not-counted = Dyma bawb a ymunodd i rannu neu bleidleisio. Ni chyfrodd yr hwylusydd yr ystafell.
session-summary-file-name = Datganiadau { $title }
session-summary-file-failed = Nid oedd modd gwneud y ffeil: { $reason }. Rhowch gynnig arall arni, neu defnyddiwch borwr arall.
session-summary-theme = Thema:
session-summary-own-words = Yn eu geiriau eu hunain, heb enwau:
session-summary-download = Lawrlwytho beth ddywedodd pobl (.csv)
session-summary-who = Pwy gymerodd ran
session-summary-took-part = { $count ->
    [one] Cymerodd 1 person ran.
   *[other] Cymerodd { $count } o bobl ran.
}
session-summary-marker = Mae hyn yn cyfrif tuag at y marciwr cynnydd “Cymryd rhan mewn cyd-gynhyrchu”: { $count } o bobl yn cymryd rhan.
session-summary-described = { $count ->
    [one] Dywedodd 1 person rywbeth amdanynt eu hunain.
   *[other] Dywedodd { $count } o bobl rywbeth amdanynt eu hunain.
}
session-summary-no-roles = Ni chafodd unrhyw rolau gofalu eu henwi.
session-summary-roles = Rolau gofalu a enwyd
session-summary-role = { $role }: { $count }
session-summary-young-carers = Gofalwyr ifanc: { $count }
session-summary-said = Beth ddywedodd pobl
session-summary-statements = { $count ->
    [one] 1 datganiad
   *[other] { $count } datganiad
}.
session-summary-themes = Themâu
session-summary-ranked = Yn ôl nifer y pleidleisiau. Mae themâu â'r un nifer o bleidleisiau yn rhannu safle.
session-summary-place = Safle { $rank }{ $tied ->
    [yes] {" "}(cyfartal)
   *[no] {""}
}: { $theme } — { $votes ->
    [one] 1 bleidlais
   *[other] { $votes } pleidlais
}, { $statements ->
    [one] 1 datganiad
   *[other] { $statements } datganiad
}
session-summary-no-themes = Dim themâu eto.
session-summary-votes-hidden = Nid yw'r pleidleisiau wedi cael eu dangos eto.
session-summary-theme-line = { $theme } — { $statements ->
    [one] 1 datganiad
   *[other] { $statements } datganiad
}
session-summary-plan = Beth aeth i mewn i'r cynllun
session-summary-no-actions = Dim camau gweithredu drafft eto.

## Camau sesiwn, fel mae'r hwylusydd yn eu rhedeg.

session-add-statement-title = Ychwanegu beth sydd ei angen ar rywun
session-statement-label = Mae angen…
session-statement-hint = Teipiwch e yn eu geiriau nhw. Gadewch enwau allan.
session-add-statement = Ychwanegu datganiad
session-statement-added = Datganiad wedi'i ychwanegu.
session-statements-title = Datganiadau
session-statements-count = { $count ->
    [0] Dim datganiadau eto.
    [one] 1 datganiad.
   *[other] { $count } datganiad.
}
session-statements-hidden = { $shown } yn cael eu dangos, { $hidden } yn gudd.
session-statement-hidden = Cudd: nid yw'n cael ei ddangos i neb na'i gyfrif.
session-statement-show = Dangos
session-statement-hide = Cuddio
session-statement-remove = Tynnu
session-statement-remove-ask = Tynnu'r datganiad hwn i bawb?
session-statement-remove-yes = Ydw, tynnwch e
session-statement-keep = Ei gadw
session-statement-theme = Thema ar gyfer y datganiad hwn
session-statement-no-theme = Ddim mewn thema eto
session-new-theme = Thema newydd
session-theme-name = Enw'r thema
session-add-theme = Ychwanegu thema
session-theme-added = Thema “{ $theme }” wedi'i hychwanegu.
session-themes-title = Themâu
session-themes-none = Dim themâu eto. Gwnewch un uchod, yna dewiswch hi ar gyfer pob datganiad sy'n ffitio.
session-theme-empty = Dim datganiadau yn y thema hon eto.
session-theme-rename = Ailenwi'r thema
session-theme-new-name = Enw newydd i'r thema hon
session-theme-save-name = Cadw'r enw
session-theme-cancel = Canslo
session-theme-merge-into = Uno â…
session-theme-merge = Uno
session-headcount-title = Pwy sydd yma
session-headcount-label = Faint o bobl sy'n cymryd rhan?
session-headcount-hint = Dewisol. Cyfrwch bawb yn yr ystafell, gan gynnwys pobl sy'n siarad drwoch chi. Mae'r crynodeb yn defnyddio hwn neu'r nifer a ymunodd, pa un bynnag sydd fwyaf.
session-headcount-save = Cadw'r nifer
session-headcount-not-a-number = Teipiwch nifer y bobl fel rhif cyfan, fel 12, neu gadewch e'n wag.
session-headcount-saved = { $count ->
    [one] Wedi'i gadw: mae 1 person yn cymryd rhan.
   *[other] Wedi'i gadw: mae { $count } o bobl yn cymryd rhan.
}
session-headcount-cleared = Wedi'i glirio: mae'r crynodeb yn cyfrif y bobl a ymunodd.
session-live-title = Mae pobl yn ymuno ar eu ffonau
session-live-code = Cod ymuno:
session-live-how = Ar ffôn, ewch i { $address } a theipio'r cod, neu sganiwch y cod QR.
session-live-code-waiting = Yn cael y cod ymuno…
session-live-deleted-on = Bydd y sesiwn hon a phopeth a ddywedwyd ynddi yn cael eu dileu ar { $day } oni bai ei bod yn cael ei defnyddio eto; lawrlwythwch hi cyn hynny.
session-live-qr = Cod QR: sganiwch e gyda chamera ffôn i ymuno â'r sesiwn hon
session-live-board = Agor y bwrdd
session-live-board-note = (yn agor mewn tab newydd, ar gyfer y taflunydd)
session-live-connection = Cysylltiad: { $state }
session-steps = Camau'r sesiwn
session-step-now = (nawr)
session-step-done = (wedi'i wneud)
session-has-finished = Mae'r sesiwn wedi gorffen.
session-moved-on = Wedi symud ymlaen i { $step }.
session-finish = Gorffen y sesiwn
session-move-on = Symud ymlaen i { $step }
session-timer-label = Gosod amserydd (munudau)
session-timer-start = Dechrau'r amserydd
session-timer-not-a-number = Rhowch nifer cyfan o funudau, o 1 i { $most }.
session-timer-left-label = Yr amser sydd ar ôl yn y cam hwn
session-timer-left = { $time } ar ôl
session-timer-stop = Stopio'r amserydd
session-timer-up = Mae'r amser ar ben.
session-plan-no-themes = Does dim themâu i gynllunio ohonynt.
session-plan-no-plan = Does dim cynllun gweithredu yn y ffeil hon i'w ychwanegu ato.
session-plan-place = Safle { $rank }{ $tied ->
    [yes] {" "}(cyfartal)
   *[no] {""}
}
session-plan-votes = { $count ->
    [one] 1 bleidlais
   *[other] { $count } pleidlais
}
session-plan-added = Wedi'i ychwanegu at y cynllun:
session-plan-make-draft = Gwneud hwn yn gam gweithredu drafft
session-vote-spent = Mae { $who } wedi defnyddio eu holl bleidleisiau. Ar gyfer y person nesaf, dewiswch “Rhywun yn yr ystafell” o dan “Pwy sy'n pleidleisio?”.
session-vote-last = Dot wedi'i ychwanegu at “{ $theme }”. Dyna bleidlais olaf { $who }: rhowch y ddyfais i'r person nesaf.
session-vote-added = Dot wedi'i ychwanegu at “{ $theme }”.
session-votes-left = Pleidleisiau ar ôl: { $count }
session-votes-show = Dangos y pleidleisiau
session-votes-showing = Mae'r pleidleisiau'n cael eu dangos.
session-vote-theme-votes = { $statements ->
    [one] 1 datganiad
   *[other] { $statements } datganiad
} · { $votes ->
    [one] 1 bleidlais
   *[other] { $votes } pleidlais
}
session-vote-theme-hidden = { $statements ->
    [one] 1 datganiad
   *[other] { $statements } datganiad
} · Pleidleisiau'n gudd
session-vote-add = Ychwanegu dot at { $theme }
session-who-is-voting = Pwy sy'n pleidleisio?
session-who-is-voting-hint = Pasiwch y ddyfais o gwmpas. Ar ôl pleidlais olaf pob person, mae “Rhywun yn yr ystafell” yn cael ei ddewis eto ar gyfer y person nesaf.
session-room-voter = Rhywun yn yr ystafell
session-provenance-title = O ble daeth y cam gweithredu hwn
session-provenance-drafted = Drafftiwyd yn y sesiwn gyd-gynhyrchu { $session }.
session-provenance-unnamed = sesiwn gyd-gynhyrchu
session-provenance-theme = Thema
session-provenance-votes = Pleidleisiau
session-provenance-none = Dim datganiadau i'w dangos: maent wedi cael eu cuddio neu eu tynnu.
session-provenance-elsewhere = Mae'r datganiadau'n cael eu cadw gyda'r sesiwn fyw. Agorwch y sesiwn ar y ddyfais hon i gadw copi yma.

## Cymorth: canllaw byr i bob peth y gall pobl ei wneud.

help-title = Help
help-intro = Canllawiau byr i bob peth y gallwch ei wneud yma. Mae pob un yn cymryd ychydig funudau i'w ddarllen.
help-all = Pob help
help-plan-title = Drafftio cynllun gweithredu ardal
help-plan-summary = Ysgrifennwch gamau gweithredu sy'n benodol, yn fesuradwy, ag arweinydd ac amserlen, a chadwch olwg arnynt.
help-pack-title = Creu pecyn gweithredu cymunedol
help-pack-summary = Trowch gamau gweithredu cynllun yn becyn wedi'i argraffu ar gyfer grŵp, gyda chysylltiadau, lleoedd a digwyddiadau.
help-session-title = Rhedeg sesiwn gyd-gynhyrchu
help-session-summary = Clywch beth sydd ei angen ar ofalwyr, grwpiwch e'n themâu, pleidleisiwch, a throwch y prif themâu yn gamau gweithredu.
help-sharing-title = Rhannu cynllun yn ddiogel
help-sharing-summary = Gwneud copi wrth gefn o gynllun, anfon copi, uno newidiadau cydweithiwr, a chadw manylion gofalwyr yn breifat.
help-strategy-title = Y strategaeth y tu ôl i'r pecyn cymorth hwn
help-strategy-summary = Gweledigaeth, cenhadaeth a meysydd ffocws y fwrdeistref, gyda'r ymrwymiadau ym mhob un.
help-strategy-vision = Ein gweledigaeth
help-strategy-mission = Ein cenhadaeth
help-strategy-areas = Meysydd ffocws
help-strategy-commit = Yr hyn rydym yn ymrwymo iddo
help-plan-step-1 = Dechrau cynllun
help-plan-step-1-text = Ar yr Hafan, o dan “Dechrau cynllun newydd”, teipiwch enw'r ardal a dewiswch “Dechrau cynllun”. Mae'r cynllun yn cael ei gadw ar y ddyfais hon ac yn gweithio heb y rhyngrwyd.
help-plan-step-2 = Ychwanegu camau gweithredu
help-plan-step-2-text = Mae gan bob maes ffocws “Ychwanegu cam gweithredu”. Dywedwch beth fydd yn digwydd, sut byddwch chi'n gwybod ei fod wedi gweithio (rhif y gallwch ei gyfrif), pwy fydd yn ei arwain, ac erbyn pryd.
help-plan-step-3 = Dilyn yr awgrymiadau
help-plan-step-3-text = Wrth ymyl pob cam gweithredu, mae “Beth sydd ei angen ar y cam gweithredu hwn o hyd” yn dweud beth sydd ar goll: arweinydd, mesur y gallwch ei gyfrif, neu ddyddiad. Mae cam gweithredu heb ddim o'r rhain ar goll yn SMART.
help-plan-step-4 = Sgorio cynnydd
help-plan-step-4-text = Wrth i'r gwaith fynd yn ei flaen, sgoriwch bob cam gweithredu yn goch, oren neu wyrdd ac ychwanegwch dystiolaeth: nodyn neu ddolen sy'n dangos beth sydd wedi digwydd. Marciwch ef yn gyflawn pan fydd wedi'i wneud.
help-plan-step-5 = Gweld y cynllun cyfan
help-plan-step-5-text = Mae “Trosolwg” yn cyfrif camau gweithredu yn ôl maes a statws ac yn rhestru beth sydd ar goll o hyd. Mae “Argraffu” yn gosod y cynllun ar A4 ar gyfer cyfarfod.
help-pack-step-1 = Dewis ar gyfer pwy mae e
help-pack-step-1-text = Mewn cynllun, agorwch “Pecynnau gweithredu” a “Gwneud pecyn gweithredu” ar gyfer y bobl mae e ar eu cyfer. Mae cares yn drafftio camau awgrymedig o gamau gweithredu'r cynllun.
help-pack-step-2 = Gwirio'r camau
help-pack-step-2-text = Darllenwch bob cam fel y bydd y bobl mae e ar eu cyfer yn ei ddarllen, a newidiwch y geiriau lle mae angen.
help-pack-step-3 = Ychwanegu cysylltiadau, lleoedd a digwyddiadau
help-pack-step-3-text = Ychwanegwch pwy i'w ffonio, ble gall gofalwyr gwrdd, a beth sydd i ddod. Peidiwch ag ychwanegu manylion person oni bai ei fod wedi cytuno i gael ei restru.
help-pack-step-4 = Ei argraffu
help-pack-step-4-text = Mae “Argraffu'r pecyn hwn” yn ei osod ar A4. Gwiriwch e unwaith ar bapur cyn ei rannu.
help-session-step-1 = Dechrau'r sesiwn
help-session-step-1-text = Mewn cynllun, agorwch “Sesiynau”. Dewiswch “Ar y ddyfais hon” i basio un ddyfais o gwmpas yr ystafell, neu “Ar eu ffonau eu hunain” fel bod pobl yn ymuno gyda chod.
help-session-step-2 = Rhannu
help-session-step-2-text = Mae pobl yn dweud beth sydd ei angen arnynt, gan ddechrau “Mae angen…”. Gallant ddefnyddio enw ffug os ydynt yn dymuno. Gallwch guddio datganiad sy'n enwi rhywun neu'n rhannu manylion preifat.
help-session-step-3 = Grwpio
help-session-step-3-text = Gwnewch themâu a rhowch bob datganiad mewn un. Gellir ailenwi ac uno themâu.
help-session-step-4 = Blaenoriaethu
help-session-step-4-text = Mae pawb yn rhoi eu dotiau ar y themâu sydd bwysicaf. Mae'r pleidleisiau'n aros yn gudd nes i chi ddewis “Dangos y pleidleisiau”.
help-session-step-5 = Cynllunio
help-session-step-5-text = Trowch y prif themâu yn gamau gweithredu drafft. Mae pob un yn cofio'r sesiwn a'r datganiadau y daeth ohonynt. Mae'r crynodeb yn rhoi niferoedd yn unig, byth enwau.
help-sharing-step-1 = Gwneud copi wrth gefn
help-sharing-step-1-text = Mae cynllun yn byw yn y porwr hwn. Ar “Rhannu”, dewiswch “Lawrlwytho copi” bob hyn a hyn, a chadwch y ffeil yn rhywle diogel. Mae “Agor ffeil cynllun” ar yr Hafan yn dod ag ef yn ôl.
help-sharing-step-2 = Anfon copi
help-sharing-step-2-text = Anfonwch y ffeil a lawrlwythwyd at gydweithiwr. Pan fyddant yn anfon eu un nhw yn ôl, agorwch hi a dewiswch uno: rydych chi'n gweld beth fydd yn newid yn gyntaf, a lle newidiodd y ddau ohonoch yr un peth rydych chi'n dewis pa un i'w gadw.
help-sharing-step-3 = Taenlenni
help-sharing-step-3-text = Mae “Lawrlwytho camau gweithredu fel taenlen” yn rhoi ffeil CSV neu Excel gyda cholofnau llyfr gwaith y cyngor. Mae'r naill neu'r llall yn agor yn ôl yn gynllun.
help-sharing-step-4 = Cadw manylion gofalwyr yn breifat
help-sharing-step-4-text = Peidiwch ag ysgrifennu enw, cyfeiriad nac iechyd gofalwr mewn cam gweithredu. Mae crynodebau sesiynau ac allforion yn cario niferoedd a geiriau, byth pwy a'u dywedodd. Gall pobl ofyn i'w geiriau gael eu tynnu unrhyw bryd.
