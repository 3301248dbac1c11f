"""Name pools for the store-blind-15 generators (plain lists, no randomness here)."""
# English / Welsh Marches pool (Whisk & Anvil Cookshop staff and customers).
MARCHES_FIRST = ["Oliver", "George", "Harry", "Jack", "Noah", "Arthur", "Freddie", "Alfie", "Theo", "Henry",
                 "Tom", "Sam", "Ben", "Joe", "Will", "Matt", "Rob", "Chris", "Nick", "Pete",
                 "Rhys", "Owain", "Gethin", "Dafydd", "Emyr", "Huw", "Aled", "Iwan", "Siôn", "Tomos",
                 "Amelia", "Olivia", "Isla", "Ava", "Mia", "Freya", "Florence", "Evie", "Rosie", "Ivy",
                 "Lucy", "Kate", "Sarah", "Helen", "Claire", "Rachel", "Jo", "Anna", "Fiona", "Gemma",
                 "Bethan", "Ffion", "Cerys", "Nia", "Elin", "Eleri", "Lowri", "Siân", "Gwenllïan", "Angharad",
                 "Zoë", "Chloé", "Renée", "Noémie", "Léa", "Agnieszka", "Łucja", "Tomasz", "Priya", "Anjali",
                 "Imran", "Yusuf", "Aisha", "Kwame", "Adaeze", "Mei", "Ruth", "Margaret", "Pauline", "Derek"]
MARCHES_LAST = ["Smith", "Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Lewis", "Hughes", "Morgan",
                "Price", "Pryce", "Powell", "Bowen", "Vaughan", "Griffiths", "Lloyd", "Pritchard", "Rees", "Parry",
                "Beddoes", "Tudge", "Corbett", "Onions", "Everall", "Bebb", "Gittins", "Hotchkiss", "Cadwallader", "Wilding",
                "Taylor", "Brown", "Wilson", "Walker", "Wright", "Green", "Hall", "Wood", "Turner", "Baker",
                "Harris", "Clarke", "Jackson", "Hill", "Moore", "Allen", "King", "Cooper", "Ward", "Marsh",
                "Hartley", "Reece", "Bellamy", "Ashworth", "Fletcher", "Kemp", "Lockwood", "Preece", "Jenkins", "Meredith",
                "Nowicki", "Wiśniewska", "Kowalczyk", "Novák", "Horváth", "Müller", "Dubois", "Lefèvre", "Marchand", "Bellini",
                "Shah", "Patel", "Begum", "Hussain", "Okafor", "Mensah", "Chen", "Wong", "Ó Súilleabháin", "Brontë"]

# Irish pool (Wren & Veil Bridal brides and staff).
IRISH_FIRST = ["Aoife", "Siobhán", "Niamh", "Caoimhe", "Saoirse", "Róisín", "Sinéad", "Orla", "Ciara", "Clodagh",
               "Aisling", "Gráinne", "Éabha", "Méabh", "Síle", "Áine", "Eimear", "Deirdre", "Muireann", "Ailbhe",
               "Sarah", "Emma", "Laura", "Rachel", "Claire", "Jennifer", "Lisa", "Katie", "Amy", "Chloe",
               "Megan", "Rebecca", "Louise", "Nicola", "Sophie", "Hannah", "Grace", "Ellen", "Holly", "Jessica",
               "Shauna", "Leanne", "Michelle", "Sharon", "Karen", "Fiona", "Gillian", "Sandra", "Tara", "Naoise",
               "Zoë", "Chloé", "Noémie", "Inês", "María", "Lucía", "Agnieszka", "Małgorzata", "Oksana", "Adaeze",
               "Priya", "Ana", "Joanna", "Alice", "Kate", "Molly", "Ella", "Lily", "Ava", "Isabel"]
IRISH_LAST = ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill",
              "O'Reilly", "Doyle", "McCarthy", "Gallagher", "O'Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "Moore",
              "McLoughlin", "O'Carroll", "Connolly", "Daly", "O'Connell", "Wilson", "Dunne", "Brennan", "Burke", "Collins",
              "Campbell", "Clarke", "Johnston", "Hughes", "O'Farrell", "Fitzgerald", "Brown", "Martin", "Maguire", "Nolan",
              "Flynn", "Thompson", "O'Callaghan", "O'Donnell", "Duffy", "Mahony", "Keane", "Healy", "Sheehan", "Power",
              "Ní Bhriain", "Nic Giolla", "Ó Súilleabháin", "Mac Cárthaigh", "Ní Mhurchú", "Ó Ceallaigh", "Ní Dhónaill", "Breathnach", "Ó Néill", "Ní Chonaill",
              "Kowalska", "Nowak", "Wiśniewska", "Silva", "Pereira", "García", "Núñez", "Okonkwo", "Kovalenko", "Dubois"]
