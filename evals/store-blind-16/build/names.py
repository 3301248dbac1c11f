"""Name pools for the store-blind-16 generators (plain lists, no randomness here)."""
# Bristol / Bath / North Somerset pool (Last & Latch customers).
WEST_FIRST = ["Dave", "Steve", "Gary", "Lee", "Wayne", "Darren", "Jamie", "Kieran", "Callum", "Josh",
              "Ryan", "Liam", "Jordan", "Connor", "Ben", "Tom", "Sam", "Alfie", "Harvey", "Mason",
              "Oscar", "Archie", "Louis", "Reece", "Toby", "Will", "Rob", "Mike", "Pete", "Nigel",
              "Sharon", "Tracey", "Kerry", "Nicola", "Emma", "Jess", "Becky", "Chloe", "Amber", "Jade",
              "Holly", "Megan", "Lauren", "Ellie", "Poppy", "Molly", "Hannah", "Sophie", "Lucy", "Katie",
              "Gemma", "Claire", "Jo", "Sue", "Carol", "Linda", "Pauline", "Wendy", "Ruth", "Alison",
              "Abdi", "Hodan", "Amina", "Faisal", "Yusuf", "Zainab", "Kwabena", "Delroy", "Marcia", "Winston",
              "Piotr", "Kasia", "Magdalena", "Paweł", "Łukasz", "Agnieszka", "Zoë", "Renée", "Anaïs", "José",
              "Inês", "Siân", "Rhiannon", "Priya", "Arjun", "Mei", "Chidi", "Ngozi", "Ayaan", "Bartłomiej"]
WEST_LAST = ["Bennett", "Harding", "Luscombe", "Pople", "Tucker", "Venn", "Vowles", "Hembrow", "Coombes", "Brimble",
             "Gillard", "Tapp", "Sparkes", "Hooper", "Chard", "Bryant", "Gulliver", "Pike", "Yeo", "Hancock",
             "Stone", "Ball", "Cox", "Hill", "Day", "Lane", "Fry", "Dando", "Perrett", "Crocker",
             "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
             "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall",
             "Ahmed", "Hassan", "Abdullahi", "Warsame", "Farah", "Mensah", "Campbell", "Reid", "Francis", "Clarke",
             "Kowalski", "Nowak", "Wiśniewski", "Zieliński", "Lewandowska", "Müller", "Ferreira", "Gonçalves", "Núñez", "Dubois",
             "Patel", "Khan", "Begum", "Okoro", "Chen", "Lefèvre", "Brontë", "Ó Briain", "Shepherd", "Gough"]

# Scottish pool (Brodie & Lorne customers).  The shop's till system keeps customer names in capitals.
SCOT_FIRST = ["Fiona", "Morag", "Isla", "Eilidh", "Catriona", "Mhairi", "Ailsa", "Kirsty", "Shona", "Iona",
              "Heather", "Lorna", "Elaine", "Karen", "Gillian", "Lynsey", "Nicola", "Claire", "Louise", "Amy",
              "Emma", "Sophie", "Rachel", "Laura", "Jennifer", "Carly", "Rebecca", "Hannah", "Olivia", "Freya",
              "Seònaid", "Màiri", "Sìne", "Peigi", "Ealasaid", "Zoë", "Aurélie", "Małgorzata", "Zofia", "Inês",
              "Jean", "Moira", "Agnes", "Margaret", "Rhona", "Kathleen", "Joanna", "Erin", "Skye", "Kirsteen",
              "Alasdair", "Hamish", "Callum", "Euan", "Fraser", "Angus", "Ruaridh", "Calum", "Iain", "Douglas",
              "Craig", "Scott", "Gordon", "Stuart", "Graeme", "Neil", "Murray", "Ross", "Jamie", "Lewis",
              "Kyle", "Connor", "Ryan", "Andrew", "David", "John", "Michael", "Paul", "Mark", "Robert",
              "Ùisdean", "Dòmhnall", "Eòghann", "Tomasz", "Krzysztof", "Mateusz", "Aamir", "Imran", "Raj", "Wei",
              "Alistair", "Archie", "Finlay", "Gregor", "Kenneth", "Malcolm", "Niall", "Rory", "Struan", "Torquil"]
SCOT_LAST = ["MacLeod", "Mackenzie", "Campbell", "Stewart", "Robertson", "Fraser", "Ross", "MacDonald", "Sinclair", "Urquhart",
             "Murray", "Reid", "Paterson", "Ferguson", "Wilson", "Thomson", "Anderson", "Scott", "Henderson", "Hamilton",
             "Grant", "Gordon", "Kerr", "Duncan", "Hunter", "Mitchell", "Cameron", "Morrison", "Watson", "Young",
             "Munro", "Kennedy", "Buchanan", "Lindsay", "Drummond", "Galbraith", "McIntyre", "MacRae", "Gillies", "Matheson",
             "Nicolson", "Shearer", "Baird", "Cowie", "Dalgleish", "Laidlaw", "Rennie", "Strachan", "Tulloch", "Yule",
             "Coia", "Nardini", "Di Rollo", "Crolla", "Wójcik", "Kowalczyk", "Dąbrowska", "Ahmad", "Iqbal", "Chowdhury",
             "NicLeòid", "MacAoidh", "Caimbeul", "Mac an t-Saoir", "Ó Dónaill", "Müller", "Lefèvre", "Núñez", "Brontë", "Søndergaard",
             "Aitken", "Blair", "Crawford", "Docherty", "Elder", "Forsyth", "Gilchrist", "Haig", "Innes", "Jardine",
             "Kinnear", "Lamont", "McBride", "Napier", "Ogilvie", "Pringle", "Rankin", "Semple", "Tennant", "Wallace"]
